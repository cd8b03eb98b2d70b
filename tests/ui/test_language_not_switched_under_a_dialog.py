"""The interface's language changes only in the main window (View > Language, the Settings page), and
every dialog without words of its own to put back on a switch is modal: while it is open, the window's
menus and page keys do not reach it, so no dialog is left in the old language. "Register a device…" on
the centre's Sync page is one (window-modal, from ``open()``): its words are set once, as it opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.sync.register_device import RegisterDialog
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=1)


def test_the_register_dialog_keeps_the_window_from_switching_language(
        team: Team, manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, team.centre, qtbot, "ar", None, (1200, 800), monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.go_to("sync")
    page = window.findChild(SyncPage)
    assert page is not None
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    button = page.roster_panel.register_button
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=30_000)
    settings_row = window.page_stack.keys().index("settings")
    item = window.nav.visualItemRect(window.nav.item(settings_row))
    on_settings = window.nav.viewport().mapTo(window, item.center())  # Settings in the navigation
    handle = window.windowHandle()
    assert handle is not None
    button.click()
    dialog = button.dialog
    assert isinstance(dialog, RegisterDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert QApplication.activeModalWidget() is dialog
    # A click on the window (as the system delivers it): to Settings, not while the dialog is open.
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, on_settings)
    settle()
    assert window.current_page() is page
    assert manager.language == "ar" and dialog.isVisible()
    dialog.reject()
    settle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, on_settings)  # closed: it does
    settle()
    assert window.current_page() is window.page("settings")
