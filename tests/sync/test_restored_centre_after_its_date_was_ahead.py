"""A centre whose date was set ahead (a year typed wrong) when it sent its first team update, then set
right, and later restored from a backup made after that update.

A team update's number is (epoch, sequence), the epoch the wall time of the first update a database epoch
sends (team_update._next_update_number). The restored centre (a new database epoch) took today's time as
its epoch: lower than the one the laptops had applied, so every laptop refused each of its updates as
"published before the one applied here", for the year its date had been ahead. Its first update now
numbers after every epoch its database has already sent under. Real SQLCipher stores, a real backup and
restore, real team-update files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import backups
from desktop.core.db import open_store
from desktop.core.models import Code
from desktop.sync.bundle_reader import read_team_update
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.team import (
    apply_team_update,
    join_team,
    require_team,
    write_current_team_file,
    write_team_update,
)
from tests.clock_helpers import YEAR_MS, ahead, reopen
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_the_restored_centres_update_is_applied(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    centre = reopen(team, None, ahead(YEAR_MS))
    assert apply_team_update(laptop, write_team_update(centre, tmp_path / "u1.majlis").path).sequence == 1
    saved = backups.backup(centre.engine, centre.path, PASSPHRASE, reason="test")
    db = centre.path
    centre.close()
    backups.restore(saved, db, PASSPHRASE)
    team.centre = restored = open_store(db, PASSPHRASE)  # the date set right
    with restored.transaction() as s:
        s.add(Code(name_ar="الماء", name_en="Water"))
    second = write_team_update(restored, tmp_path / "u2.majlis")
    assert second.sequence == 1  # a new epoch counts from 1 again
    assert apply_team_update(laptop, second.path).changed >= 1  # applied, not refused as published before
    with laptop.session() as s:
        assert s.query(Code).filter_by(name_en="Water").count() == 1


def test_a_restored_centre_with_the_right_date_numbers_by_its_date(team: Team, tmp_path: Path) -> None:
    """Nothing sent ahead: the new epoch is still the time of its first update (not one past the last)."""
    centre, laptop = team.centre, team.devices[0]
    assert apply_team_update(laptop, write_team_update(centre, tmp_path / "u1.majlis").path).sequence == 1
    saved = backups.backup(centre.engine, centre.path, PASSPHRASE, reason="test")
    db = centre.path
    centre.close()
    backups.restore(saved, db, PASSPHRASE)
    team.centre = restored = open_store(db, PASSPHRASE)
    before = restored.clock.wall_ms()
    second = write_team_update(restored, tmp_path / "u2.majlis")
    assert apply_team_update(laptop, second.path).sequence == 1
    epoch = read_team_update(second.path, require_team(laptop).central_verify_key).manifest.epoch
    assert before <= epoch <= restored.clock.wall_ms()


def test_a_centre_restored_from_a_backup_older_than_its_numbering_ahead_outranks_it(
        team: Team, tmp_path: Path) -> None:
    """The backup was made before the update sent while the date was ahead: the restored database knows no
    such numbering, but this computer's state folder does (exported_position keeps the update epochs it
    fixed): the restored centre's team file and its first update come after it, not at today's date."""
    laptop = team.devices[0]
    saved = backups.backup(team.centre.engine, team.centre.path, PASSPHRASE, reason="test")  # last night's
    centre = reopen(team, None, ahead(YEAR_MS))
    assert apply_team_update(laptop, write_team_update(centre, tmp_path / "u1.majlis").path).sequence == 1
    db = centre.path
    centre.close()
    backups.restore(saved, db, PASSPHRASE)
    team.centre = restored = open_store(db, PASSPHRASE)  # the date set right
    made = rotate_team_key(restored)
    newer = tmp_path / "after-rotate.majlis-team"
    write_current_team_file(restored, newer)
    join_team(laptop, newer)
    assert list(require_team(laptop).recipients) == [made.recipient]  # was: the lost key kept
    second = write_team_update(restored, tmp_path / "u2.majlis")
    assert apply_team_update(laptop, second.path).sequence == 1  # was: refused, published before update 1
