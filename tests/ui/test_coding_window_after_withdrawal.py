"""A participant who withdraws everything (the Consent page's withdrawal, erasing their words) has
their turns redacted at once in an open coding window, whichever session their consent was for.

The erasure writes through Core and said only which tables it wrote, while the change set kept the
sessions of the rows the ORM saw (the consent record's, none for a consent of no session): the coding
window of the session they spoke in took the withdrawal for another session's and kept showing, and
offering to code, the words just erased.
"""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from desktop.core import consent, consent_rules, withdrawal
from desktop.core.models import Participant, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture, shown_window
from tests.consent_helpers import all_yes, template_texts

ctx = coder_context_fixture()


def test_a_full_withdrawal_redacts_the_open_coding_window(ctx: AppContext, qtbot: QtBot) -> None:
    store = ctx.store
    with store.transaction() as s:
        session = Session(kind="focus_group", title="هەولێر", date=dt.date(2026, 11, 6), governorate="erbil")
        person = Participant(code="EBL-FG02-P03", governorate="erbil")
        s.add_all([session, person])
        s.flush()
        s.add(TranscriptTurn(session_id=session.id, participant_id=person.id, position=0.0,
                             text="پێویستە یاساکە دادپەروەرانە بێت."))
        session_id, person_id = session.id, person.id
    consent.publish_version(store, "field_form", template_texts(required=()))
    with store.session() as s:
        form = consent.template_for(s, "field_form", "ar")
        assert form is not None
        form_id = form.id
    consent.record_consent(store, person_id, None, form_id, all_yes(form_id, store), "paper", facilitator="F1")
    ws = shown_window(ctx, qtbot, session_id)
    assert ws.blocks[0].doc.codable

    CollectionOp.on_store(ctx, lambda st: withdrawal.withdraw_participant(st, participant_id=person_id, scope="all")) \
        .run_in_background()
    assert ctx.tasks.drain(10_000)
    assert ws.blocks[0].doc.text == consent_rules.REDACTED
    assert not ws.blocks[0].doc.codable
