"""Review finding 1 (failing test): a laptop refuses a team UPDATE naming a team key an applied update replaced
(be19bb5f, replaced_team_key), but joining again with a team FILE naming it takes it. A centre restored without
its new key (the passphrase changed after the backup) writes a team file that outranks every update (its new
numbering, 66e162d5/7c790998): `team join` with it puts the laptop back on the key whose file was lost, and its
next bundles are encrypted to it again (readable by whoever holds the lost file). Real SQLCipher stores, real
rotation, backup, restore, team file and join."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from desktop.core import db_rekey
from desktop.core.backups import backup
from desktop.core.db import Store, open_store
from desktop.core.restore_whole import restore_and_carry
from desktop.sync.errors import ReplacedTeamKeyError
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.team import (
    apply_team_update,
    current_team,
    join_team,
    write_current_team_file,
    write_team_update,
)
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


def _recipients(store: Store) -> list[str]:
    with store.session() as s:
        team = current_team(s)
        assert team is not None
        return list(team.recipients)


def test_joining_again_with_a_team_file_never_goes_back_to_a_replaced_key(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    lost = _recipients(team.centre)
    made = rotate_team_key(team.centre)
    apply_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    db_rekey.rekey(team.centre, "a new passphrase 2026")  # the restore cannot carry the new key
    team.close()
    restore_and_carry(kept, team.centre.path, PASSPHRASE)
    centre = open_store(team.centre.path, PASSPHRASE)
    laptop = open_store(team.devices[0].path, PASSPHRASE)
    try:
        assert _recipients(centre) == lost and _recipients(laptop) == [made.recipient]
        write_current_team_file(centre, tmp_path / "team-restored.majlis-team")
        # The update path refuses the lost key (be19bb5f) ...
        with pytest.raises(ReplacedTeamKeyError):
            apply_team_update(laptop, write_team_update(centre, tmp_path / "u-restored.majlis").path)
        assert _recipients(laptop) == [made.recipient]
        # ... the team file path takes it.
        with contextlib.suppress(ReplacedTeamKeyError):  # refused, as the update is: fine
            join_team(laptop, tmp_path / "team-restored.majlis-team")
        assert not set(_recipients(laptop)) & set(lost), "the laptop went back to the key whose file was lost"
    finally:
        laptop.close()
        centre.close()
