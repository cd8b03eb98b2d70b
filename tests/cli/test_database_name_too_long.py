"""A database whose file name is as long as a session's title pasted in (some 124 Arabic letters, two bytes
each): the name itself fits the disk's 255 bytes, but the files Majlis keeps beside it (``.lock``,
SQLite's ``-journal``, the ``.backups`` folder) do not. majlis-cli said "File name too long: ….db.lock" (a
path, in English, in the message) and the unlock window "The database could not be opened.". Now both
say the database file's name is too long and to give it a shorter one; nothing is written."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import create_store
from desktop.ui.app import show_unlock
from desktop.ui.qt_i18n import LanguageManager
from tests.cli_run import run
from tests.conftest import PASSPHRASE

pytestmark = [pytest.mark.usefixtures("env_passphrase"),
              pytest.mark.skipif(sys.platform == "win32", reason="NTFS counts 255 characters, not bytes")]

LONG_NAME = "ب" * 124 + ".db"  # 251 bytes: its .lock 256, its -journal and .backups 259


def test_init_says_the_name_is_too_long(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / LONG_NAME
    code, _, err = run(capsys, "init", "--db", db, "--device-name", "centre")
    assert code == 4, err
    assert "name of the database file is too long" in err and "shorter name" in err, err
    assert ".lock" not in err and "ب" not in err  # no path, no name in the line
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing written, not even the lock file


def test_the_unlock_window_says_the_name_is_too_long(manager: LanguageManager, qtbot: QtBot,
                                                     tmp_path: Path) -> None:
    made = tmp_path / "made" / "field.db"  # made under a short name, then renamed (a title pasted as its name)
    made.parent.mkdir()
    create_store(made, PASSPHRASE, "Basra laptop").close()
    path = tmp_path / "here" / LONG_NAME
    path.parent.mkdir()
    shutil.move(made, path)
    manager.set_language("en")
    holder: dict[str, object] = {}
    window = show_unlock(path, manager, holder)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    said = window.error.error()
    assert said == ("The name of the database file is too long for Majlis to open it (the files it keeps beside "
                    "the database would have longer names than the disk takes). Rename the database file to a "
                    "shorter name, and open it again."), said
    assert "main" not in holder
    assert sorted(p.name for p in path.parent.iterdir()) == [LONG_NAME]  # nothing written beside it
