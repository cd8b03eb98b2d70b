"""A database file marked read-only in a folder that takes new files (a copy from a CD or DVD keeps the
mark on Windows): the unlock window says so, translated, instead of opening a window where every
autosave failed ('the database is on a read-only disk or folder', tried again for as long as the
person typed) or, for a database of an older Majlis, the bare 'The database could not be opened'."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import migrate
from desktop.ui.app import show_unlock
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import digest
from tests.readonly_folder import read_only
from tests.stores import fresh_store

ENGLISH = ("The database file is marked read-only (a copy from a CD or DVD keeps that mark), so nothing could be "
           "saved in it. Clear Read-only in the file's properties, or ask whoever helps you, and try again.")


def unlocked_with_passphrase(window: UnlockWidget, qtbot: QtBot) -> str:
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    return window.error.error()


@pytest.mark.parametrize(("lang", "revision"), [("ckb", None), ("ar", "0009_rejected_devices")])
def test_a_read_only_database_file_is_said_at_unlock(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                     lang: str, revision: str | None) -> None:
    path = tmp_path / "داتا" / "field.db"
    path.parent.mkdir()
    store = fresh_store(path, PASSPHRASE, "Basra laptop")
    if revision is not None:  # made by an older Majlis: opening it upgrades it
        migrate.downgrade(store.engine, revision)
    store.close()
    manager.set_language(lang)
    holder: dict[str, object] = {}
    window = show_unlock(path, manager, holder)
    qtbot.addWidget(window)
    before = digest(path)
    with read_only(path):
        error = unlocked_with_passphrase(window, qtbot)
    assert "main" not in holder  # no window to type into
    assert error == QCoreApplication.translate("UnlockWidget", ENGLISH) and error != ENGLISH
    assert digest(path) == before and not (tmp_path / "داتا" / "field.db.backups").exists()  # nothing written
    # The mark cleared, the same window opens it (the passphrase kept to try again).
    assert window.passphrase.text() == PASSPHRASE
    assert unlocked_with_passphrase(window, qtbot) == ""
    qtbot.waitUntil(lambda: "main" in holder, timeout=10_000)
    main = holder["main"]
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    assert main.ctx.tasks.drain(10_000)
    assert migrate.current_revision(main.ctx.store.engine) == migrate.head_revision()
    main.close()
    main.ctx.store.close()


def test_a_writable_database_opens_as_before(manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    fresh_store(path, PASSPHRASE, "Basra laptop").close()
    holder: dict[str, object] = {}
    window = show_unlock(path, manager, holder)
    qtbot.addWidget(window)
    assert unlocked_with_passphrase(window, qtbot) == ""
    qtbot.waitUntil(lambda: "main" in holder, timeout=10_000)
    main = holder["main"]
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    assert main.ctx.tasks.drain(10_000)
    main.close()
    main.ctx.store.close()
