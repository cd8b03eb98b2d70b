"""The unlock window offered no way to open another database file (a colleague's laptop's copy, a
database on a USB stick): only the one opened last, or the data folder's. "Open another database…"
chooses a file (the app's *.db names first); the window then unlocks that one, names it above the
passphrase, and it is remembered as the database opened last. Cancelling changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui import app
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from desktop.ui.widgets.save_files import shown_path
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

OTHER_PASSPHRASE = "another laptop's passphrase 7"


def unlock(window: UnlockWidget, qtbot: QtBot, passphrase: str) -> None:
    window.passphrase.clear()
    qtbot.keyClicks(window.passphrase, passphrase)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_another_database_is_opened_and_remembered(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    mine = tmp_path / "data" / "majlis.db"
    mine.parent.mkdir()
    fresh_store(mine, PASSPHRASE, "Basra laptop").close()
    stick = tmp_path / "USB" / "فلاشی هەولێر"
    stick.mkdir(parents=True)
    other = stick / "erbil.db"
    fresh_store(other, OTHER_PASSPHRASE, "Erbil laptop").close()
    manager.set_language(lang)
    asked: list[tuple[Any, ...]] = []
    answers = ["", str(other)]  # first cancelled, then the stick's database

    def dialog(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    holder: dict[str, object] = {}
    window = app.show_unlock(mine, manager, holder)
    qtbot.addWidget(window)
    button = window.findChild(type(window.button), "other_database")
    assert button is not None and button.isVisible()
    assert button.text().replace("&", "") == QCoreApplication.translate(
        "UnlockWidget", "&Open another database…").replace("&", "")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # cancelled: still this database
    assert window.db_path() == mine and window.note.isHidden()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "*.db" in asked[1][3] and asked[1][2] == str(mine.parent)
    assert window.db_path() == other
    assert not window.note.isHidden() and shown_path(other) in window.note.text()
    assert window.passphrase.hasFocus() or not window.isActiveWindow()
    unlock(window, qtbot, PASSPHRASE)  # the first database's passphrase does not open this one
    assert window.error.error() == QCoreApplication.translate(
        "UnlockWidget", "Wrong passphrase. Check the keyboard language and Caps Lock, and try again.")
    unlock(window, qtbot, OTHER_PASSPHRASE)
    qtbot.waitUntil(lambda: "main" in holder, timeout=30_000)
    main: Any = holder["main"]
    qtbot.addWidget(main)
    assert main.ctx.tasks.drain(10_000)
    assert main.ctx.store.path == other
    assert app._last_db() == other  # the next start offers it
    main.close()
    main.ctx.store.close()


def test_a_chosen_file_that_is_not_there_is_said_before_a_passphrase(
        manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "majlis.db"
    fresh_store(mine, PASSPHRASE, "Basra laptop").close()
    gone = tmp_path / "gone.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(gone), "")))
    holder: dict[str, object] = {}
    window = app.show_unlock(mine, manager, holder)
    qtbot.addWidget(window)
    window.findChild(type(window.button), "other_database").click()
    assert window.error.error() == QCoreApplication.translate(
        "UnlockWidget", "The database file was not found. It may have been moved or deleted.")
