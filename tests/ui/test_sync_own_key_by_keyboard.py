"""The field laptop's public key, read out or sent to the centre's Register a device…, reached by the
keyboard: the read-only box holding it was out of the Tab chain (a click only), so a person without a
mouse could not select nor copy it. Now Tab reaches it after the page's buttons, Ctrl+A and Ctrl+C copy
the whole key, and Ctrl+6 still puts the keyboard on Export bundle… first. Real main window, a real
team laptop's SQLCipher database, in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.sync import keys
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import laptop_key
from tests.ui_helpers import focused, main_window_on_screen

team = team_fixture(devices=1)
CTRL = Qt.KeyboardModifier.ControlModifier


def settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def test_tab_reaches_the_key_after_the_buttons_and_copies_it_whole(
        team: Team, manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    key = keys.public_key_b64(laptop_key(laptop))
    window = main_window_on_screen(manager, laptop, qtbot, "ar", None, (1200, 900), monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTest.keyClick(focused(), Qt.Key.Key_6, CTRL)
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=30_000)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    box = page.outbox.key_box
    qtbot.waitUntil(lambda: box.isVisible() and box.text() == key, timeout=30_000)
    QTest.keyClick(focused(), Qt.Key.Key_6, CTRL)  # again, the page shown and read: where the keyboard lands
    settle()
    assert focused() is page.export_button

    before: list[str] = []
    for _ in range(12):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        if focused() is box:
            break
        before.append(type(focused()).__name__)
    assert focused() is box, before
    assert before and all(name.endswith("Button") for name in before), before  # the page's buttons first

    QGuiApplication.clipboard().clear()
    box.deselect()
    QTest.keyClick(box, Qt.Key.Key_A, CTRL)
    QTest.keyClick(box, Qt.Key.Key_C, CTRL)
    assert box.selectedText() == key
    assert QGuiApplication.clipboard().text() == key  # the whole key, nothing added
    assert box.isReadOnly() and box.text() == key  # nothing typed over it

    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # on past it: not a trap
    settle()
    assert focused() is not box
    assert focused() is not page.export_button
