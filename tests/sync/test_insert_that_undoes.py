"""An insert, or a move, is no way round the rule that consent only tightens from the field.

The app sends a row's insert once, when the row is made (and the same insert again after a restore or a
new key). A field laptop's forged bundle may instead send an insert of a row the centre already holds:
merged field by field, it acts as an update, and the guard that refuses an update or tombstone of a
consent record's withdrawal or of an erasure looked only at updates and tombstones. Nor did it look at
where a consent record points: moved to another participant (or session) of the laptop's own, a
withdrawn record no longer reaches the person. Through the real writer and importer, with the laptop's
own roster key: an insert that tombstones its own withdrawn consent record, an update or insert that
moves it (each makes the participant's older "yes" to quoting count again), and an insert that
tombstones or rewrites its own erasure (a tombstoned erasure no longer keeps the words it erased from
coming back with a later bundle), are each refused whole (one translated line, the centre's every table
unchanged, the next file imported). The same inserts sent again unchanged (a laptop restored, or signing
with a new key, sends its changes again) are still taken.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import consent
from desktop.core.consent_rules import may_quote
from desktop.core.models import ConsentRecord, Erasure, Participant, Session
from desktop.core.withdrawal import withdraw_participant
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync.test_consent_only_tightens import (
    FORGED_EPOCH,
    _by,
    _consent_at_the_centre,
    _forged,
    _refused_whole,
    _withdrawal,
)
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=3, roles=("field", "field", "coordinator"))
    yield t
    t.close()


def _as_inserted(team: Team, entity: str, row_id: str) -> dict[str, Any]:
    """The data of the row's insert as the centre logged it (what the laptop sent when it made the row)."""
    from desktop.core.models import ChangeLog

    with team.centre.session() as s:
        data = s.scalars(select(ChangeLog.data).where(
            ChangeLog.entity == entity, ChangeLog.row_id == row_id, ChangeLog.op == "insert")).one()
    return dict(data)


def _withdrawn_again(team: Team, tmp_path: Path) -> tuple[str, str, str]:
    """Laptop A's participant said yes to quotes (an older record), consented again (a newer one) and
    then withdrew consent to be quoted on it; the centre imported it all, and quotes them no more.
    Returns (participant id, the newer record's id, session id): any record that takes the newer one
    out of the participant's records makes the older "yes" the one that counts."""
    person, record, session = _consent_at_the_centre(team, tmp_path)
    a = team.devices[0]
    with a.session() as s:
        older = s.get(ConsentRecord, record)
        assert older is not None
        form = older.template_id
    with a.transaction() as s:
        again = ConsentRecord(participant_id=person, template_id=form, answers={"participate": True, "quote": True},
                              method="paper", facilitator="F1", recorded_at="2025-10-02T10:00:00+03:00")
        s.add(again)
        s.flush()
        newer = again.id
    consent.withdraw(a, newer, "2025-10-03", "quotes")
    made = export_bundle(a, tmp_path / "a-withdrawal.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    with team.centre.session() as s:
        assert not may_quote(s, person, session)
    return person, newer, session


def _still_withdrawn(team: Team, person: str, record: str, session: str) -> None:
    assert _withdrawal(team, record) == ("2025-10-03", "quotes", False)
    with team.centre.session() as s:
        stored = s.get(ConsentRecord, record)
        assert stored is not None and stored.participant_id == person and stored.session_id is None
        assert not may_quote(s, person, session)


def test_an_insert_cannot_tombstone_a_withdrawn_consent_record(team: Team, tmp_path: Path) -> None:
    person, record, session = _withdrawn_again(team, tmp_path)
    data = _as_inserted(team, "consent_record", record) | {"deleted": True}
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "consent_record", "insert", data, row_id=record)],
                     "tombstone-by-insert.majlis")
    _refused_whole(team, tmp_path, forged, "withdrawal_undone")
    _still_withdrawn(team, person, record, session)


@pytest.mark.parametrize("op", ["update", "insert"])
@pytest.mark.parametrize("moved", ["participant_id", "session_id"])
def test_a_withdrawn_consent_record_is_not_moved_off_its_participant(team: Team, tmp_path: Path, op: str,
                                                                     moved: str) -> None:
    """Moved to another of the laptop's participants (made up for it) or to one session of its own,
    the record's withdrawal would no longer reach the participant in their other sessions."""
    person, record, session = _withdrawn_again(team, tmp_path)
    with team.devices[0].transaction() as s:
        stand_in, elsewhere = Participant(code="BSR-FG01-P99"), Session(kind="focus_group", title="جلسة أخرى")
        s.add_all([stand_in, elsewhere])
        s.flush()
        to = {"participant_id": stand_in.id, "session_id": elsewhere.id}[moved]
    made = export_bundle(team.devices[0], tmp_path / "a-stand-in.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    data = {moved: to} if op == "update" else _as_inserted(team, "consent_record", record) | {moved: to}
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "consent_record", op, data, row_id=record)], "moved.majlis")
    _refused_whole(team, tmp_path, forged, "withdrawal_undone")
    _still_withdrawn(team, person, record, session)


def _erasure_at_the_centre(team: Team, tmp_path: Path) -> tuple[str, str]:
    """Laptop A's participant withdrew everything there; the centre imported it: (participant, erasure)."""
    person, _, _ = _consent_at_the_centre(team, tmp_path)
    withdraw_participant(team.devices[0], pseudonym="BSR-FG01-P01", scope="all", on="2025-10-05")
    made = export_bundle(team.devices[0], tmp_path / "a-erasure.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    with team.centre.session() as s:
        return person, s.scalars(select(Erasure.id).where(Erasure.participant_id == person)).one()


def _erasure(team: Team, erasure_id: str) -> tuple[str, str, bool]:
    with team.centre.session() as s:
        row = s.get(Erasure, erasure_id)
        assert row is not None
        return row.participant_id, row.scope, row.deleted


@pytest.mark.parametrize("change", [{"deleted": True}, {"scope": "identity"}, {"participant_id": ""}])
def test_an_insert_cannot_take_back_or_rewrite_an_erasure(team: Team, tmp_path: Path, change: dict[str, Any]) -> None:
    person, erasure_id = _erasure_at_the_centre(team, tmp_path)
    data = _as_inserted(team, "erasure", erasure_id) | change
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "erasure", "insert", data, row_id=erasure_id)],
                     "unerase-by-insert.majlis")
    _refused_whole(team, tmp_path, forged, "erasure_changed")
    assert _erasure(team, erasure_id) == (person, "all", False)


def test_two_inserts_of_one_erasure_that_differ_in_one_bundle_are_refused(team: Team, tmp_path: Path) -> None:
    """Heard for the first time together: the later insert would rewrite the earlier one."""
    person, _, _ = _consent_at_the_centre(team, tmp_path)
    first = {"participant_id": person, "scope": "all", "erased_on": "2025-10-05", "reason": "", "deleted": False}
    erasure_id = "0190f3a2-7c1e-7a3b-9d2e-0000000000e1"
    forged = _forged(team, tmp_path, 0, [
        _by(team, 0, "erasure", "insert", first, row_id=erasure_id, seq=1),
        _by(team, 0, "erasure", "insert", first | {"deleted": True}, row_id=erasure_id, seq=2),
    ], "two-inserts.majlis")
    _refused_whole(team, tmp_path, forged, "erasure_changed")


def test_an_erasure_inserted_as_new_with_a_tombstone_is_refused(team: Team, tmp_path: Path) -> None:
    """The app never makes an erasure already taken back: sent first, it would leave the erasure that
    follows with that id refused, and the participant's words not erased here."""
    person, _, _ = _consent_at_the_centre(team, tmp_path)
    data = {"participant_id": person, "scope": "all", "erased_on": "2025-10-05", "reason": "", "deleted": True}
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "erasure", "insert", data)], "born-deleted.majlis")
    _refused_whole(team, tmp_path, forged, "erasure_changed")


def test_the_same_inserts_sent_again_are_taken(team: Team, tmp_path: Path) -> None:
    """A laptop restored from a backup (a new epoch) sends its changes again, inserts unchanged."""
    person, erasure_id = _erasure_at_the_centre(team, tmp_path)
    with team.centre.session() as s:
        record = s.scalars(select(ConsentRecord.id).where(ConsentRecord.participant_id == person)).one()
    again = [
        _by(team, 0, "erasure", "insert", _as_inserted(team, "erasure", erasure_id), row_id=erasure_id, seq=1),
        _by(team, 0, "consent_record", "insert", _as_inserted(team, "consent_record", record), row_id=record, seq=2),
    ]
    (outcome,) = import_files(team.centre, [_forged(team, tmp_path, 0, again, "again.majlis")], team.identities)
    assert outcome.status == "imported", outcome
    assert _erasure(team, erasure_id) == (person, "all", False)
    assert FORGED_EPOCH  # the changes came in an epoch of their own, as a restored laptop's do
