"""hp12's review finding 3: a laptop that joined with a team file written after team key rotate (the new
key's recipients) and is then given the team update written before the rotation (the usual stick holds every
update) applied it: its recipients went back to the lost key, and (be19bb5f) the new key is remembered as
"replaced", so every later team update, all naming the new key, was refused [replaced_team_key]: the laptop is
locked out of team updates for good, its bundles going to the key whose file was lost. team_update.py:314-318
(apply_team_update) never asks the team file's position (team.py _keeps_recipients) before taking an update's
recipients and counting the file's as dropped. Now an update published before the team file the laptop's
recipients came from applies its rows and leaves the recipients and the replaced list alone. Real SQLCipher
stores, real rotation, team file, join, updates."""

from __future__ import annotations

from pathlib import Path

from desktop.sync.errors import ReplacedTeamKeyError
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.replaced_keys import REPLACED_RECIPIENTS_STATE
from desktop.sync.team import (
    apply_team_update,
    join_team,
    write_current_team_file,
    write_team_update,
)
from tests.sync_helpers import make_team, team_recipients


def test_a_laptop_joined_after_a_new_key_is_not_locked_out_by_the_update_before_it(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=2)
    old_laptop, new_laptop = team.devices
    try:
        before = write_team_update(team.centre, tmp_path / "u1.majlis").path  # written before the new key
        apply_team_update(old_laptop, before)
        made = rotate_team_key(team.centre)
        write_current_team_file(team.centre, tmp_path / "team-after-rotate.majlis-team")
        join_team(new_laptop, tmp_path / "team-after-rotate.majlis-team")
        assert team_recipients(new_laptop) == [made.recipient]

        older = apply_team_update(new_laptop, before)  # the stick holds every update: the older one is given too
        assert older.sequence == 1 and not older.new_key
        assert team_recipients(new_laptop) == [made.recipient]
        assert made.recipient not in (new_laptop.get_state(REPLACED_RECIPIENTS_STATE) or "")  # the new key: not replaced
        after = write_team_update(team.centre, tmp_path / "u2.majlis").path  # names the new key
        try:
            apply_team_update(new_laptop, after)
        except ReplacedTeamKeyError as exc:
            raise AssertionError("locked out: the centre's update naming its current key refused") from exc
        assert team_recipients(new_laptop) == [made.recipient]
    finally:
        team.close()
