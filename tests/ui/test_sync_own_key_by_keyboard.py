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
from PySide6.QtWidgets import QApplication, QWidget
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


def sync_page_by_keyboard(team: Team, manager: LanguageManager, qtbot: QtBot,
                          monkeypatch: pytest.MonkeyPatch) -> tuple[SyncPage, str]:
    """The team laptop's main window in Arabic, Ctrl+6 pressed to reach its Sync page, read, the laptop's
    key shown, then Ctrl+6 again: the page and the key, the keyboard on Export bundle…"""
    key = keys.public_key_b64(laptop_key(team.devices[0]))
    window = main_window_on_screen(manager, team.devices[0], qtbot, "ar", None, (1200, 900), monkeypatch)
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
    assert focused() is page.export_button  # Ctrl+6 still lands on Export bundle…
    return page, key


def tab_until(stops: tuple[QWidget, ...]) -> list[str]:
    """Tab pressed (twelve times at most) until the keyboard is on one of ``stops``: the kinds of widget
    it passed on the way."""
    before: list[str] = []
    for _ in range(12):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        if focused() in stops:
            break
        before.append(type(focused()).__name__)
    return before


def test_tab_reaches_the_key_after_the_buttons_and_copies_it_whole(
        team: Team, manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, key = sync_page_by_keyboard(team, manager, qtbot, monkeypatch)
    box = page.outbox.key_box
    before = tab_until((box,))
    assert focused() is box, before
    # The page's buttons first, then the device id line (test below), then the key.
    assert before[-1] == "OwnIdLabel" and all(name.endswith("Button") for name in before[:-1]), before

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


def test_tab_reaches_the_device_id_before_the_key_and_copies_the_id(
        team: Team, manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The device id (read out with the key to the centre's Register a device…) was on a line a click
    only could reach: Tab now stops on it after the buttons, before the key, the id selected, and
    Ctrl+C copies the id alone, without the marks that keep it left to right."""
    laptop = team.devices[0]
    page, _key = sync_page_by_keyboard(team, manager, qtbot, monkeypatch)
    label, box = page.outbox.id_key_label, page.outbox.key_box
    before = tab_until((label, box))
    assert focused() is label, before  # the id first, as the line reads, then the key
    assert before and all(name.endswith("Button") for name in before), before
    assert label.selectedText() == f"\u2066{laptop.device_id}\u2069"  # the id, selected on arrival
    QGuiApplication.clipboard().clear()
    QTest.keyClick(label, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == laptop.device_id  # no marks: pasted into Register a device…

    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is box
    QTest.keyClick(focused(), Qt.Key.Key_Backtab)  # and back
    settle()
    assert focused() is label
