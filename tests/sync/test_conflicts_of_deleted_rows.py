"""A conflict whose text is deleted before anyone decides leaves the open list by itself.

A turn or a session deleted by a later bundle (the laptop that made it deleted its draft), or deleted
at the centre, left its conflict listed as open ("Open conflicts: 1") until the coordinator opened it,
to be told there was nothing left to decide. Now the list and its count leave it out, and
``conflicts list --all`` shows it closed as ``row_deleted``, as a person's attempt closes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.models import AuditEvent, Conflict, TranscriptTurn
from desktop.core.sessions import tombstone_session
from desktop.core.sqlcipher_file import derive_key, raw_connect
from desktop.sync.conflicts import ROW_DELETED_RESOLUTION, list_conflicts
from desktop.sync.devices import sync_status
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.conftest import PASSPHRASE
from tests.sync.test_sync_team_conflicts import make_conflict
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, roles=("field", "coordinator"))  # a coordinator may edit the field laptop's turn
    yield t
    t.close()


def _session_of(team: Team, turn_id: str) -> str:
    with team.centre.session() as s:
        turn = s.get(TranscriptTurn, turn_id)
        assert turn is not None
        return turn.session_id


def _closed_as_deleted(team: Team) -> None:
    assert list_conflicts(team.centre) == []
    assert sync_status(team.centre)["open_conflicts"] == []
    (closed,) = list_conflicts(team.centre, include_resolved=True)
    assert (closed.status, ) == ("resolved", )
    with team.centre.session() as s:
        conflict = s.execute(select(Conflict)).scalar_one()
        assert conflict.resolution == ROW_DELETED_RESOLUTION
        reason = s.execute(select(AuditEvent.reason).where(AuditEvent.action == "conflict_closed")).scalar_one()
        assert reason.endswith(f": {ROW_DELETED_RESOLUTION}")


def test_a_session_deleted_by_a_later_bundle_closes_its_conflict(team: Team, tmp_path: Path) -> None:
    turn_id = make_conflict(team, tmp_path)
    assert len(list_conflicts(team.centre)) == 1
    a = team.devices[0]
    tombstone_session(a, _session_of(team, turn_id))  # the laptop that made the draft deletes it
    deleted = export_bundle(a, tmp_path / "a3.majlis")
    assert deleted is not None
    (outcome,) = import_files(team.centre, [deleted.path], team.identities)
    assert outcome.status == "imported"
    _closed_as_deleted(team)


def test_a_session_deleted_at_the_centre_closes_its_conflict(team: Team, tmp_path: Path) -> None:
    turn_id = make_conflict(team, tmp_path)
    tombstone_session(team.centre, _session_of(team, turn_id))
    _closed_as_deleted(team)


def test_a_conflict_whose_text_is_still_there_stays_open(team: Team, tmp_path: Path) -> None:
    make_conflict(team, tmp_path)
    assert [c.status for c in list_conflicts(team.centre)] == ["open"]
    assert [c.status for c in list_conflicts(team.centre)] == ["open"]  # listing twice changes nothing
    with team.centre.session() as s:
        assert s.execute(select(AuditEvent)).first() is None


def test_listing_while_another_process_writes_leaves_the_orphan_out(team: Team, tmp_path: Path) -> None:
    """`bundle status` while an import holds the write lock: it neither waits for good nor fails; the
    conflict with nothing left to decide is not listed, and is closed at a later listing."""
    turn_id = make_conflict(team, tmp_path)
    tombstone_session(team.centre, _session_of(team, turn_id))
    other = raw_connect(team.centre.path, PASSPHRASE, raw_key=derive_key(team.centre.path, PASSPHRASE))  # a second writer, as a running `bundle import` is
    try:
        other.execute("BEGIN IMMEDIATE")
        assert list_conflicts(team.centre) == []
        (still,) = list_conflicts(team.centre, include_resolved=True)
        assert still.status == "open"
    finally:
        other.rollback()
        other.close()
    _closed_as_deleted(team)
