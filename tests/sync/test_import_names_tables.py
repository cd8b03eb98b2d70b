"""An import names the tables its bundle wrote (what the Sync page tells the pages changed): its changes'
tables, and what an erasure it brings scrubbed; a bundle already imported names none. It named a fixed
list before, whatever the bundle held: a memo or a survey from a laptop left the pages of those stale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import erasure, withdrawal
from desktop.core.models import Attendance, Memo, Participant, Session, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import ImportOutcome, import_files
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=1)


def _send(team: Team, folder: Path, name: str) -> ImportOutcome:
    bundle = export_bundle(team.devices[0], folder / name)
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    return outcome


def test_an_import_names_the_tables_its_bundle_wrote(team: Team, tmp_path: Path) -> None:
    field = team.devices[0]
    with field.transaction() as s:
        meeting = Session(kind="roundtable", title="البصرة", date=dt.date(2026, 11, 5), governorate="basra")
        person = Participant(code="BSR-RT01-P01", governorate="basra")
        s.add_all([meeting, person])
        s.flush()
        s.add(Attendance(session_id=meeting.id, participant_id=person.id, seat=1))
        s.add(TranscriptTurn(session_id=meeting.id, participant_id=person.id, position=0.0, text="نريد قانوناً."))
        ids = meeting.id, person.id
    first = _send(team, tmp_path, "first.majlis")
    assert first.status == "imported"
    assert {"session", "participant", "attendance", "transcript_turn"} <= first.tables
    assert not first.tables & {"memo", "survey", "coded_segment", "organisation"}

    with field.transaction() as s:
        s.add(Memo(target_table="session", target_id=ids[0], title="", text="ملاحظة"))
    memo = _send(team, tmp_path, "memo.majlis")
    assert memo.tables == frozenset({"memo"})

    again = import_files(team.centre, [tmp_path / "memo.majlis"], team.identities)[0]
    assert again.status == "already_present" and again.tables == frozenset()

    withdrawal.withdraw_participant(field, participant_id=ids[1], scope="all")
    erased = _send(team, tmp_path, "erased.majlis")
    assert erased.tables >= erasure.TABLES  # what the rule scrubbed, wherever the person spoke
