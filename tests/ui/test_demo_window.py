"""The demo database has a random key nobody is asked for: its window never locks itself, and offers
no Lock, so a person trying the demo is never left at a passphrase prompt they cannot answer. A real
database still locks when idle and on Ctrl+L."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.main_window import MainWindow


def _window(ctx: Any, qtbot: QtBot) -> MainWindow:
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # where a person's Ctrl+L goes
    return window


def ctrl_l() -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_demo_never_locks(store: Store, qtbot: QtBot, make_ctx: Any) -> None:
    ctx = make_ctx(store)
    ctx.demo = True
    window = _window(ctx, qtbot)
    assert not window.lock_action.isVisible()
    assert window.lock_action not in [a for a in window.file_menu.actions() if a.isVisible()]
    window.idle.idle.emit()  # ten quiet minutes
    ctrl_l()
    assert not window.is_locked()


def test_a_real_database_still_locks(store: Store, qtbot: QtBot, make_ctx: Any) -> None:
    window = _window(make_ctx(store), qtbot)
    assert window.lock_action.isVisible()
    ctrl_l()
    assert window.is_locked()
    window.unlock()
    window.idle.idle.emit()
    assert window.is_locked()
