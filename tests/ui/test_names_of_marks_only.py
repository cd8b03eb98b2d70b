"""A required name or a pseudonym of invisible marks only (an RLM or LRM pasted from a phone, a ZWNJ
typed alone). The checks looked at ``text.strip()``, which keeps the marks, and the stored value is
then tidied (desktop/core/field_text.fit_fields drops them): an organisation with no name, a consent
record without its witness or the person who obtained it, a participant without a pseudonym were
stored. A pseudonym with an RLM after it passed the uniqueness check and was stored as another
participant's own. Each is now refused as the empty or taken value it is."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent, participants
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, Organisation, Participant
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.focus_group.participants_model import COLUMNS, SessionParticipantsModel
from desktop.ui.organisations.page import OrganisationsPage
from tests.consent_helpers import focus_group, template_texts
from tests.ui.test_consent_dialog import answer_all, choose

MARKS_ONLY = ["\u200f", "\u200e\u200f ", " \u200c", "\u2067\u2069", "\u200b"]


@pytest.mark.parametrize("name", MARKS_ONLY)
def test_an_organisation_named_with_marks_only_is_refused(name: str, ctx: AppContext, qtbot: QtBot) -> None:
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.new()
    page.name.setText(name)
    page.save_button.click()
    assert ctx.tasks.drain(10_000)
    assert page.name_cell.error.error() == "An organisation needs a name."
    with ctx.store.session() as s:
        assert s.scalars(select(Organisation)).all() == []


def test_a_pseudonym_of_marks_only_or_taken_behind_a_mark_is_refused(ctx: AppContext, store: Store) -> None:
    group = focus_group(store, 2)
    model = SessionParticipantsModel(ctx, group.session_id)
    model.reload()
    said: list[object] = []
    model.error.connect(said.append)
    code = model.index(0, COLUMNS.index("code"))
    for value in MARKS_ONLY + [group.codes[1] + "\u200f", "\u200f" + group.codes[1]]:
        assert not model.setData(code, value), repr(value)
    assert len(said) == len(MARKS_ONLY) + 2
    with store.session() as s:
        assert sorted(s.scalars(select(Participant.code))) == sorted(group.codes)


def test_participant_attribute_names_of_marks_only_are_dropped(store: Store) -> None:
    group = focus_group(store, 1)
    with store.transaction() as s:
        participants.update(s, group.participants[0], attributes={"\u200f": "x", "نازح\u200f": "نعم"})
    with store.session() as s:
        assert s.get(Participant, group.participants[0]).attributes == {"نازح": "نعم"}


@pytest.mark.parametrize("field", ["witness", "facilitator"])
def test_consent_without_a_real_name_is_refused(field: str, ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1)
    dialog = ConsentDialog(ctx, group.participants[0], group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 900)
    dialog.show()
    answer_all(dialog, qtbot)
    choose(dialog, "verbal_witness", qtbot)
    dialog.witness_edit.setText("شاهدة محايدة")
    dialog.facilitator_edit.setText("ميسّرة")
    (dialog.witness_edit if field == "witness" else dialog.facilitator_edit).setText("\u200f\u200f")
    dialog.save_button.click()
    assert dialog.isVisible()
    expected = "Name the impartial witness." if field == "witness" else \
        "Enter the name of the person who obtained consent."
    assert dialog.error.text() == expected
    with store.session() as s:
        assert s.scalars(select(ConsentRecord)).all() == []
