"""The first-run wizard (no database found: a new laptop, a colleague's database on a USB stick)
offered no way to open a database file that is already there; only ``--db`` did, and a facilitator
made a new, empty database beside the real one. Its first page now has "Open an existing
database…" (the unlock window's file dialog): the choice leaves the wizard for the unlock window of
that file, and it is remembered as the database opened last once unlocked. Cancelling changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui import app
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.stores import fresh_store

STICK_PASSPHRASE = "the Erbil laptop's passphrase 7"


def test_the_wizard_opens_an_existing_database(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "USB" / "فلاشی هەولێر"
    stick.mkdir(parents=True)
    other = stick / "erbil.db"
    fresh_store(other, STICK_PASSPHRASE, "Erbil laptop").close()
    asked: list[tuple[Any, ...]] = []
    answers = ["", str(other)]  # first cancelled, then the stick's database

    def dialog(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    holder: dict[str, Any] = {}
    wizard = app.show_wizard(manager, holder)
    qtbot.addWidget(wizard)
    assert isinstance(wizard, FirstRunWizard) and wizard.currentPage() is wizard.language_page
    button = wizard.findChild(QPushButton, "open_existing_database")
    assert button is not None and button.isVisible() and "&" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # cancelled: the wizard goes on
    assert wizard.isVisible() and "unlock" not in holder
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "*.db" in asked[1][3]
    window = holder["unlock"]
    assert isinstance(window, UnlockWidget)
    qtbot.addWidget(window)
    assert window.isVisible() and not wizard.isVisible()
    assert window.db_path() == other and not window.error.error()
    assert window.new_database_button is not None  # the wrong file: back to a new database
    assert app._last_db() is None  # not before it is unlocked
    qtbot.keyClicks(window.passphrase, STICK_PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "main" in holder, timeout=60_000)
    main: Any = holder["main"]
    qtbot.addWidget(main)
    assert main.ctx.tasks.drain(10_000)
    assert main.ctx.store.path == other
    assert app._last_db() == other  # the next start offers it
    main.close()
    main.ctx.store.close()
