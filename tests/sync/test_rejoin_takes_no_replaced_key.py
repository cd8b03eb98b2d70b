"""A laptop refuses a team UPDATE naming a team key an applied update replaced (replaced_team_key), and a team
FILE naming it too (hp12's review finding 1: the file was taken). A centre restored without its new key (the
passphrase changed after the backup) writes a team file that outranks every update (its new numbering): `team
join` with it put the laptop back on the key whose file was lost, its next bundles encrypted to it again
(readable by whoever holds the lost file). Now refused whole in one line about a team file, nothing changed; an
OLDER team file naming it (the one the laptop joined with first, left on the stick) still joins, its recipients
kept. Real SQLCipher stores, real rotation, backup, restore, team file and join."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import db_rekey
from desktop.core.backups import backup
from desktop.core.db import Store, open_store
from desktop.core.models import LocalState
from desktop.core.restore_whole import restore_and_carry
from desktop.sync.errors import ReplacedTeamKeyError
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.team import (
    apply_team_update,
    join_team,
    write_current_team_file,
    write_team_update,
)
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team, team_recipients


def _states(store: Store) -> dict[str, str]:
    with store.session() as s:
        return {row.key: row.value for row in s.query(LocalState)}


def test_joining_again_with_a_team_file_never_goes_back_to_a_replaced_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)  # for majlis-cli team join below
    team = make_team(tmp_path, devices=1)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    lost = team_recipients(team.centre)
    made = rotate_team_key(team.centre)
    apply_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    db_rekey.rekey(team.centre, "a new passphrase 2026")  # the restore cannot carry the new key
    team.close()
    restore_and_carry(kept, team.centre.path, PASSPHRASE)
    centre = open_store(team.centre.path, PASSPHRASE)
    laptop = open_store(team.devices[0].path, PASSPHRASE)
    try:
        assert team_recipients(centre) == lost and team_recipients(laptop) == [made.recipient]
        write_current_team_file(centre, tmp_path / "team-restored.majlis-team")
        # The update path refuses the lost key (be19bb5f) ...
        with pytest.raises(ReplacedTeamKeyError):
            apply_team_update(laptop, write_team_update(centre, tmp_path / "u-restored.majlis").path)
        assert team_recipients(laptop) == [made.recipient]
        # ... and so does the team file path, in one line about a team file, nothing changed.
        states = _states(laptop)
        with pytest.raises(ReplacedTeamKeyError) as refused:
            join_team(laptop, tmp_path / "team-restored.majlis-team")
        assert refused.value.message.startswith("This team file names a team key that the centre replaced")
        assert "\n" not in refused.value.message
        assert team_recipients(laptop) == [made.recipient], "the laptop went back to the key whose file was lost"
        assert _states(laptop) == states
        code, out, err = run(capsys, "team", "join", "--db", team.devices[0].path, "--team-file",
                             tmp_path / "team-restored.majlis-team")
        assert (code, out) == (1, "") and len(err.strip().splitlines()) == 1, err
        assert err.startswith("majlis-cli: [replaced_team_key] This team file names a team key"), err
        assert team_recipients(laptop) == [made.recipient] and _states(laptop) == states
        # The team file the laptop first joined with (before the new key; it names the lost key too) joins as
        # before: its rows applied, the laptop's recipients kept.
        join_team(laptop, tmp_path / "team.majlis-team")
        assert team_recipients(laptop) == [made.recipient]
    finally:
        laptop.close()
        centre.close()
