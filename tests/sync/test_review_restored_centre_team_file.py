"""Review finding 1 (failing test): a team file written by a centre restored from a backup, before its
first team update in the new database epoch, says it follows the update the BACKUP last wrote
(team_update.last_update_written: the epoch stamps and Team.update_sequence come from the backup), not
the ones the centre wrote after the backup that the laptops applied. A laptop joining again with it takes
it as older and keeps its recipients: after `team key rotate` at the restored centre, its next bundles are
still encrypted to the key on the lost stick, though README says a laptop "takes the new ones from a team
file written after the last update it applied". Real SQLCipher stores, a real backup and restore, real
team files and age bundles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from desktop.core import backups
from desktop.core.db import open_store
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
        assert list(joined.recipients) == [made.recipient]  # fails: the laptop kept the lost key
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title="After the key was lost"))
    sent = export_bundle(laptop, folder / "after.majlis")
    assert sent is not None
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sent.path.read_bytes(), lost)
