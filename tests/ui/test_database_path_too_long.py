"""A database deep in folders named in Arabic or Kurdish, past the path SQLite takes on Linux and macOS
(504 bytes; an Arabic letter takes two): the unlock window said "The disk reported a problem while opening
the database.", and Settings → Back up now… of one a little nearer the top (it opens; its backups' path
is longer) "No backup was written: The disk reported a problem while opening the database.": the disk
was blamed, and nothing said what to do. Both now say the path is too long and to move the database to
a folder with a shorter path; nothing is written. Real stores, real folders, the real windows."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.db import create_store
from desktop.ui.app import show_unlock
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.deep_paths import deep_path
from tests.ui_helpers import language_fixture, settings_page

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SQLite's Windows layer takes 1,040 bytes")
language = language_fixture("en")  # the compiled translations


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The ``ctx`` fixture's database, 480 bytes down: it opens, but a backup's path is past SQLite's 504."""
    return deep_path(tmp_path, "field.db", 480)


def test_back_up_now_says_the_backups_path_is_too_long(ctx: AppContext, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page = settings_page(ctx, qtbot, "en")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASSPHRASE, True)))
    box = page.backups_box
    box.button.click()
    qtbot.waitUntil(lambda: not box.working, timeout=20_000)
    said = box.status.text()
    assert said == ("No backup was written: The path of the backups folder beside the database is too long for a "
                    "backup to be made there (too many folders, or long folder names). Move the database to a "
                    "folder with a shorter path, such as the Majlis data folder, and open it from there."), said
    assert backups.list_backups(ctx.store.path) == [] and box.button.isEnabled()


def test_the_unlock_window_says_the_database_path_is_too_long(manager: LanguageManager, qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    made = tmp_path / "field.db"  # made near the top, then moved deep down (copied from a stick, say)
    create_store(made, PASSPHRASE, "Basra laptop").close()
    path = deep_path(tmp_path, "field.db", 520)
    shutil.move(made, path)
    manager.set_language("en")
    holder: dict[str, object] = {}
    window = show_unlock(path, manager, holder)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    said = window.error.error()
    assert said == ("The path of the database's folder is too long for Majlis to open it there (too many folders, "
                    "or long folder names). Move the database to a folder with a shorter path, such as the Majlis "
                    "data folder, and open it from there."), said
    assert "main" not in holder
    assert sorted(p.name for p in path.parent.iterdir()) == ["field.db"]  # nothing written beside it
