"""A laptop that took a new team key from a team FILE (joined again with the file written after `team key rotate`)
remembers the key it dropped as replaced, as when a team update brings the new key: a centre restored without its
new key (the passphrase changed after the backup) then publishes an update naming the lost key again, and the
laptop refuses it (replaced_team_key) rather than going back to the key whose file was lost. Before, only an
update's drop was remembered: the laptop applied that update and its next bundles went to the lost key. Real
SQLCipher stores, real rotation, backup, restore, team file, join and updates.

The update published before that file, given after it (the stick holds every update), still applies on a laptop
that never applied it: its rows taken, its older key neither taken nor refused as replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core import db_rekey
from desktop.core.backups import backup
from desktop.core.db import open_store
from desktop.core.restore_whole import restore_and_carry
from desktop.sync.errors import ReplacedTeamKeyError
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.replaced_keys import REPLACED_RECIPIENTS_STATE
from desktop.sync.team import (
    apply_team_update,
    join_team,
    write_current_team_file,
    write_team_update,
)
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team, team_recipients


def test_a_key_dropped_by_a_newer_team_file_never_comes_back_by_an_update(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=2)
    late = team.devices[1]  # joined with the first team file, applies no update before the new key
    apply_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    lost = team_recipients(team.centre)
    made = rotate_team_key(team.centre)
    write_current_team_file(team.centre, tmp_path / "team-after-rotate.majlis-team")
    join_team(team.devices[0], tmp_path / "team-after-rotate.majlis-team")  # the new key from the file
    assert team_recipients(team.devices[0]) == [made.recipient]
    join_team(late, tmp_path / "team-after-rotate.majlis-team")
    assert late.get_state(REPLACED_RECIPIENTS_STATE) == json.dumps(lost)
    older = apply_team_update(late, tmp_path / "u1.majlis")  # before the file: applied, its key not taken
    assert older.sequence == 1 and not older.new_key and team_recipients(late) == [made.recipient]
    db_rekey.rekey(team.centre, "a new passphrase 2026")  # the restore cannot carry the new key
    team.close()
    restore_and_carry(kept, team.centre.path, PASSPHRASE)
    centre = open_store(team.centre.path, PASSPHRASE)
    laptop = open_store(team.devices[0].path, PASSPHRASE)
    try:
        assert team_recipients(centre) == lost
        with pytest.raises(ReplacedTeamKeyError):
            apply_team_update(laptop, write_team_update(centre, tmp_path / "u-restored.majlis").path)
        assert team_recipients(laptop) == [made.recipient], "the laptop went back to the key whose file was lost"
    finally:
        laptop.close()
        centre.close()
