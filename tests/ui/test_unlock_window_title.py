"""The unlock window's title is the app's name in the interface's language, as the main window's is.

It was set once, in English ("Majlis"), where the window is made: the first thing an Arabic or Kurdish
facilitator saw of Majlis on the title bar and the task bar, and the only English left on the window;
the main window that follows says مجلس or مەجلیس. It now follows the language, also when it changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import create_store
from desktop.ui.app import show_unlock
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_title_is_in_the_interface_language(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                tmp_path: Path) -> None:
    path = tmp_path / "majlis.db"
    create_store(path, PASSPHRASE, "laptop").close()
    manager.set_language(lang)
    window = show_unlock(path, manager, {})
    qtbot.addWidget(window)
    title = QApplication.translate("MainWindow", "Majlis")
    assert title != "Majlis"  # translated
    assert window.windowTitle() == title
    manager.set_language("en")  # Settings are not open yet, but --lang or the wizard's choice may change it
    qtbot.waitUntil(lambda: window.windowTitle() == "Majlis")
    manager.set_language(lang)
    qtbot.waitUntil(lambda: window.windowTitle() == title)
