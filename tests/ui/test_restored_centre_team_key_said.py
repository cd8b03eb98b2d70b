"""The app's Restore from a backup… at a centre whose backup was made before New team key…: the restore (the
core's, as ``majlis-cli restore``) keeps the key made since, and the line the unlock window shows after it says
so, so that the coordinator knows the laptops' bundles still open. Real SQLCipher stores, a real rotation,
backup and restore."""

from __future__ import annotations

from pathlib import Path

from desktop.core.backups import backup
from desktop.core.db import open_store
from desktop.core.restore_whole import restore_and_carry
from desktop.sync.key_rotation import rotate_team_key
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.restore_steps import done_line
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team

SAID = "The team key made after this backup (New team key…) is kept in the restored database"


def test_the_restore_line_says_the_team_key_was_kept(manager: LanguageManager, tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=0)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    rotate_team_key(team.centre)
    team.close()
    manager.set_language("en")

    line = done_line(restore_and_carry(kept, team.centre.path, PASSPHRASE))

    assert SAID in line and "\n" not in line, line
    assert line.startswith("The backup was restored.") and line.endswith("Enter the backup's passphrase to open it.")
    # Restored again, from a backup that holds the key: nothing carried, nothing said of it.
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        newer = backup(centre.engine, centre.path, PASSPHRASE)
    finally:
        centre.close()
    assert SAID not in done_line(restore_and_carry(newer, team.centre.path, PASSPHRASE))
