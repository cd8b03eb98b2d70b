"""A bundle written whole to the USB stick while the laptop's own disk is full: the database cannot record
that it left. The bundle stayed on the stick, numbered from the changes' first number, and the database
noted it as a copy made (the erasure report named it) while its position stayed where it was: the
export said it failed, yet a bundle the laptop does not count as sent was there to be carried, and the
next export sent the same numbers again with a different hash. Now the bundle is taken back from the
stick and nothing of it is noted (the note and the position are one transaction): the database as it
was, and the next export, once there is room, goes whole and the centre imports it.

The laptop's disk "fills up" through the process's file-size limit (tests/disk_room.py: RLIMIT_FSIZE,
the kernel refuses the write): the small bundle fits under it, the database's write-ahead log does not.
A real SQLCipher store, a real bundle, no mock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import EnvironmentProblem
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_file
from desktop.sync.outbox import outbox
from tests.disk_room import disk_room
from tests.sync_helpers import Team, full_digest, laptop_turn, make_team

resource = pytest.importorskip("resource", reason="file-size limits are POSIX only")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


# 3,000 bytes: not one page of the log (4,096 and its header); 6,000: one page and no more, so that the
# note of the copy (one page) went in and the position after it did not.
@pytest.mark.parametrize("room", [3000, 6000])
def test_a_bundle_the_laptop_cannot_count_is_taken_back(team: Team, tmp_path: Path, room: int) -> None:
    laptop = team.devices[0]
    laptop_turn(laptop, "a turn")
    with laptop.engine.connect() as conn:  # the log emptied, as after a checkpoint: it grows from its start
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stick = tmp_path / "stick"
    stick.mkdir()
    before, unsent = full_digest(laptop), outbox(laptop).unsent
    with disk_room(room), pytest.raises(EnvironmentProblem):
        export_bundle(laptop, stick)
    assert list(stick.iterdir()) == []  # no bundle, no temporary file
    assert full_digest(laptop) == before and outbox(laptop).unsent == unsent

    made = export_bundle(laptop, stick)  # room again: it goes whole, numbered as if the first never was
    assert made is not None and [p.name for p in stick.iterdir()] == [made.path.name]
    assert made.path.stat().st_size < room  # the first one fitted on the stick: the database refused
    assert made.seq_from == 1 and outbox(laptop).unsent == 0
    assert import_file(team.centre, made.path, team.identities).status == "imported"
