"""An import names the sessions it concerns, for the views of one session (the centre's coding window):
the rows it wrote, and the sessions where a participant whose consent or pseudonym arrived speaks; an
erasure rule, which may scrub words anywhere, concerns any session (None)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import Participant, Session, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import ImportOutcome, import_files
from tests.consent_helpers import all_yes, template_texts
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=1)


def _send(team: Team, folder: Path, name: str) -> ImportOutcome:
    bundle = export_bundle(team.devices[0], folder / name)
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported"
    return outcome


def _spoken(store: Store) -> tuple[str, str, str, str]:
    """A session where a participant with a consent of no session speaks, and one where nobody does."""
    with store.transaction() as s:
        ours = Session(kind="focus_group", title="البصرة", date=dt.date(2026, 11, 5), governorate="basra")
        quiet = Session(kind="roundtable", title="هەولێر", date=dt.date(2026, 11, 6), governorate="erbil")
        person = Participant(code="BSR-FG01-P01", governorate="basra")
        s.add_all([ours, quiet, person])
        s.flush()
        s.add(TranscriptTurn(session_id=ours.id, participant_id=person.id, position=0.0, text="نريد قانوناً عادلاً."))
        ids = ours.id, quiet.id, person.id
    consent.publish_version(store, "field_form", template_texts(required=()))
    with store.session() as s:
        form = consent.template_for(s, "field_form", "ar")
        assert form is not None
        form_id = form.id
    return *ids, consent.record_consent(store, ids[2], None, form_id, all_yes(form_id, store), "paper",
                                        facilitator="F1")


def test_a_withdrawal_names_the_sessions_its_participant_speaks_in(team: Team, tmp_path: Path) -> None:
    field = team.devices[0]
    ours, quiet, person, record_id = _spoken(field)
    assert _send(team, tmp_path, "first.majlis").sessions == frozenset({ours, quiet})
    consent.withdraw(field, record_id, dt.date.today(), "quotes")
    outcome = _send(team, tmp_path, "quotes.majlis")
    assert outcome.sessions == frozenset({ours})  # the consent record is of no session: its speaker's sessions

    withdrawal.withdraw_participant(field, participant_id=person, scope="all")
    assert _send(team, tmp_path, "all.majlis").sessions is None  # an erasure rule: any session
