"""A day's small bundles are committed together, each still all or nothing.

A commit per bundle was about a quarter of importing 300 bundles of 20 changes
(benchmarks/bench_merge.py --devices 300 --changes 20): small bundles now share a transaction, each
in a savepoint of its own (desktop/sync/import_connection.CommitGroup). What the importer tells its
caller (``done``) is what is committed; a bundle refused among them changes nothing and the next goes
in; a bundle that has to be written again (a unique key collided) is redone inside the group.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, event, func, insert, select

from desktop.core.changes import content_hash
from desktop.core.db import Store
from desktop.core.models import BundleReceipt, ChangeLog, Session
from desktop.core.models import Team as TeamRow
from desktop.sync import bundle_file, import_connection, importer
from desktop.sync.bundle_format import write_bundle
from desktop.sync.import_connection import GROUP_FILE_BYTES
from desktop.sync.importer import ImportOutcome, import_files
from desktop.sync.team import device_signing_key
from tests.sync_helpers import Team, make_team, session_bundle


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path)
    yield t
    t.close()


def _receipts(store: Store) -> int:
    with store.session() as s:  # another connection: it sees only what is committed
        return int(s.execute(select(func.count()).select_from(BundleReceipt)).scalar_one())


def test_small_bundles_share_one_commit_and_are_told_once_committed(
        team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_connection, "GROUP_SECONDS", 600.0)  # a slow machine: still one group
    a, b = team.devices
    paths = [session_bundle(a, tmp_path / f"a{n}.majlis", f"meeting {n}") for n in range(3)]
    paths.append(session_bundle(b, tmp_path / "b.majlis", "meeting of b"))
    commits: list[int] = []
    told: list[tuple[str, int]] = []

    def heard(outcome: ImportOutcome) -> None:
        told.append((outcome.status, _receipts(team.centre)))

    listener = lambda conn: commits.append(1)  # noqa: E731
    event.listen(team.centre.engine, "commit", listener)
    try:
        outcomes = import_files(team.centre, paths, team.identities, done=heard)
    finally:
        event.remove(team.centre.engine, "commit", listener)
    assert [o.status for o in outcomes] == ["imported"] * 4
    assert len(commits) == 1  # was one per bundle
    # Each outcome is told once its bundle is in the database for any other connection to read.
    assert told == [("imported", 4)] * 4
    with team.centre.session() as s:
        assert sorted(s.execute(select(Session.title)).scalars()) == [
            "meeting 0", "meeting 1", "meeting 2", "meeting of b"]


def test_a_bundle_refused_among_small_ones_changes_nothing_and_a_collision_is_redone(
        team: Team, tmp_path: Path) -> None:
    a, b = team.devices
    first_of_b = session_bundle(b, tmp_path / "b1.majlis", "from b")
    of_a = session_bundle(a, tmp_path / "a1.majlis", "from the field")
    # The centre holds a's row already, with no change logged for it (other tooling): writing it
    # collides, and the bundle is written again, asking the database about every row.
    with a.session() as s:
        rows = [dict(r) for r in s.execute(select(Session.__table__)).mappings()]
        logged = s.execute(select(ChangeLog)).scalars().one()
    rows[0].update(title="copied earlier", created_at="0000000000001:00000:x", versions={})
    with team.centre.transaction(replicating=True) as s:
        s.execute(insert(cast(Table, Session.__table__)), rows)
    # a's change under the same number with other content, sent right after (in the same group).
    change: dict[str, Any] = {"seq": logged.seq, "epoch": logged.epoch, "hlc": logged.hlc, "entity": logged.entity,
                              "row_id": logged.row_id, "op": logged.op, "data": {**logged.data, "title": "forged"},
                              "base": {}}
    change["content_hash"] = content_hash(change["entity"], change["row_id"], change["op"], change["data"])
    with team.centre.session() as s:
        team_row = s.execute(select(TeamRow)).scalar_one()
        team_id, recipients = team_row.id, list(team_row.recipients)
    signing, _ = device_signing_key(a)
    forged = tmp_path / "forged.majlis"
    forged.write_bytes(write_bundle(
        [change], {}, kind="changes", team_id=team_id, device_id=a.device_id, device_name="field laptop 1",
        epoch=int(a.epoch, 16), seq_from=logged.seq, seq_to=logged.seq, prev_bundle_hash=None,
        schema_revision="0001", app_version="0", recipients=recipients, signing_key=signing))
    second_of_b = session_bundle(b, tmp_path / "b2.majlis", "b again")

    told: list[str] = []
    outcomes = import_files(team.centre, [first_of_b, of_a, forged, second_of_b], team.identities,
                            done=lambda o: told.append(o.status))
    assert [(o.status, o.code) for o in outcomes] == [
        ("imported", ""), ("imported", ""), ("refused", "seq_clash"), ("imported", "")]
    assert told == ["imported", "imported", "refused", "imported"]
    with team.centre.session() as s:
        assert sorted(s.execute(select(Session.title)).scalars()) == ["b again", "from b", "from the field"]
        assert s.execute(select(func.count()).select_from(ChangeLog).where(ChangeLog.received)).scalar_one() == 3
        assert s.execute(select(func.count()).select_from(BundleReceipt)).scalar_one() == 3


def test_a_big_file_is_read_with_the_group_committed(
        team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The group's transaction holds the database's write lock; reading and checking a big file takes
    long (seconds for the biggest), so the bundles before it are committed first and another writer
    (another program at the centre) is not kept waiting meanwhile."""
    a, _ = team.devices
    before = session_bundle(a, tmp_path / "a1.majlis", "before")
    big = tmp_path / "big.majlis"
    big.write_bytes(os.urandom(GROUP_FILE_BYTES + 1))  # read whole, then refused: not a bundle
    after = session_bundle(a, tmp_path / "a2.majlis", "after")
    others_wrote: list[Path] = []

    def read_and_let_another_write(source: Any) -> bytes:
        if Path(source) == big:
            with team.centre.engine.connect() as other:
                other.exec_driver_sql("PRAGMA busy_timeout = 0")  # locked: an error at once
                other.exec_driver_sql("BEGIN IMMEDIATE")
                other.exec_driver_sql("ROLLBACK")
            others_wrote.append(big)
        return bundle_file.read_bundle_file(source)

    monkeypatch.setattr(importer, "read_bundle_file", read_and_let_another_write)
    outcomes = import_files(team.centre, [before, big, after], team.identities)
    assert [o.status for o in outcomes] == ["imported", "refused", "imported"]
    assert others_wrote == [big]
