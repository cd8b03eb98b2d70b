"""A team file written by a centre restored from a backup, before its first team update in the new database
epoch, outranks every update the laptops applied (hp4's review finding 1 of session 39): it said it followed
the update the BACKUP last wrote (team_update.last_update_written: the epoch stamps and Team.update_sequence
came from the backup), not the ones the centre wrote after the backup that the laptops applied, so a laptop
joining again with it kept its recipients: after `team key rotate` at the restored centre, its next bundles
were still encrypted to the key on the lost stick. Writing the team file now fixes the new database epoch's
numbering as its first update would (later than every epoch it knows: team_update.team_file_position), and
the first update then goes on from it. Real SQLCipher stores, a real backup and restore, real team files,
team updates and age bundles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from desktop.core import backups
from desktop.core.db import Store, open_store
from desktop.core.models import Session
from desktop.sync.export import export_bundle
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.team import (
    apply_team_update,
    current_team,
    join_team,
    team_identities,
    write_current_team_file,
    write_team_update,
)
from desktop.sync.team_file import read_team_file
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_a_team_file_of_a_restored_centre_after_a_new_key_is_taken(team: Team, tmp_path: Path) -> None:
    centre, laptop, folder = team.centre, team.devices[0], team.folder
    assert apply_team_update(laptop, write_team_update(centre, folder / "u1.majlis").path).sequence == 1
    saved = backups.backup(centre.engine, centre.path, PASSPHRASE, reason="test")
    assert apply_team_update(laptop, write_team_update(centre, folder / "u2.majlis").path).sequence == 2
    db = centre.path
    centre.close()
    backups.restore(saved, db, PASSPHRASE)  # the centre's disk failed: last night's backup
    team.centre = restored = open_store(db, PASSPHRASE)
    lost = team_identities(restored)  # then a stick holding the team key file is lost
    made = rotate_team_key(restored)
    newer = folder / "after-rotate.majlis-team"
    write_current_team_file(restored, newer)  # written now, after every update the laptop applied
    join_team(laptop, newer)
    with laptop.session() as s:
        joined = current_team(s)
        assert joined is not None
        assert list(joined.recipients) == [made.recipient]  # was: the laptop kept the lost key
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title="After the key was lost"))
    sent = export_bundle(laptop, folder / "after.majlis")
    assert sent is not None
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sent.path.read_bytes(), lost)


def test_a_restored_centre_s_numbering_fixed_by_a_team_file_goes_on_with_its_first_update(
        team: Team, tmp_path: Path) -> None:
    centre, laptop, folder = team.centre, team.devices[0], team.folder
    saved = backups.backup(centre.engine, centre.path, PASSPHRASE, reason="test")  # before any team update
    assert apply_team_update(laptop, write_team_update(centre, folder / "u1.majlis").path).sequence == 1
    db = centre.path
    centre.close()
    backups.restore(saved, db, PASSPHRASE)
    team.centre = restored = open_store(db, PASSPHRASE)
    first = folder / "restored.majlis-team"
    write_current_team_file(restored, first)
    follows = read_team_file(first).after_update
    assert follows is not None and follows[1] == 0 and follows[0] > 0  # a numbering of its own, no update yet
    made = rotate_team_key(restored)
    second = folder / "after-rotate.majlis-team"
    write_current_team_file(restored, second)
    assert read_team_file(second).after_update == follows  # fixed once, not by the date of each file
    join_team(laptop, second)
    assert recipients(laptop) == [made.recipient]
    update = write_team_update(restored, folder / "u-restored.majlis")
    assert update.sequence == 1  # the numbering's first update
    applied = apply_team_update(laptop, update.path)  # later than the update 1 the backup never saw
    assert applied.sequence == 1 and recipients(laptop) == [made.recipient]
    join_team(laptop, first)  # the restored centre's file of before the rotation, left on the stick
    assert recipients(laptop) == [made.recipient]


def recipients(store: Store) -> list[str]:
    with store.session() as s:
        joined = current_team(s)
        assert joined is not None
        return list(joined.recipients)
