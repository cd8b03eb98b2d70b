"""The keyboard comes back to the button pressed with it on every page of the window, not only on the
Sync page. On the Codebook page, Import codebook… pressed with Space greys Import and Export while the
file is read; Qt handed the keyboard on down the Tab chain (past both greyed buttons, into the code
list or further), and there it stayed once the buttons were back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.qt_i18n import LanguageManager
from tests.ui_helpers import main_window


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_codebook_import_gives_the_keyboard_back(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    damaged = tmp_path / "codebook.qdc"
    damaged.write_text("not a codebook at all", encoding="utf-8")  # read, refused: the buttons come back
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(damaged), "")))
    window = main_window(manager, store, qtbot, lang, active=True)
    window.go_to("codebook")
    page = window.page("codebook")
    assert isinstance(page, CodebookPage)
    button = page.import_btn
    qtbot.waitUntil(button.isEnabled)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert not button.isEnabled()  # greyed while the file is read
    qtbot.waitUntil(lambda: button.isEnabled() and page.error_label.text() != "", timeout=20_000)
    window.ctx.tasks.drain()
    qtbot.wait(50)
    assert QApplication.focusWidget() is button, type(QApplication.focusWidget()).__name__


def test_settings_back_up_gives_the_keyboard_back(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Back up now…, pressed with Space and answered with a wrong passphrase: greyed while the
    passphrase is checked on the worker, then the keyboard is on it again (to try once more)."""
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("not the passphrase", True)))
    window = main_window(manager, store, qtbot, "ar", active=True)
    window.go_to("settings")
    box = window.page("settings").backups_box  # type: ignore[attr-defined]
    button = box.button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert not button.isEnabled()
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    window.ctx.tasks.drain()
    qtbot.wait(50)
    assert QApplication.focusWidget() is button, type(QApplication.focusWidget()).__name__
