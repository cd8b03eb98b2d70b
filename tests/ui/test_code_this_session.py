"""Coding is found where the session is: its editor, the sessions list (menu and keys), a segment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.page import SessionsPage
from tests.consent_helpers import focus_group


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1400, 800)  # room for the editor's buttons in their row (else they are in a menu)
    window.show()
    return window


def _close(widget: Any) -> None:
    if isinstance(widget, CodingWorkspace):
        widget.close()


def test_from_the_editor_by_button_and_keys(store: Store, ctx: AppContext, qtbot: QtBot, qapp: Any) -> None:
    fg = focus_group(store, n=2)
    window = _window(ctx, qtbot)
    editor = window.open_session(fg.session_id)
    assert editor is not None
    qtbot.waitUntil(editor.isEnabled, timeout=10_000)
    assert editor.code_button.isVisible() and editor.code_button.text()
    editor.code_button.click()
    opened = editor.coding_window
    assert isinstance(opened, CodingWorkspace) and opened.session_id == fg.session_id and opened.isVisible()
    _close(opened)
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.coding_window is not opened and isinstance(editor.coding_window, CodingWorkspace)
    _close(editor.coding_window)
    window.ctx.tasks.wait(5000)


def test_from_the_sessions_list_by_menu_and_keys(store: Store, ctx: AppContext, qtbot: QtBot, qapp: Any) -> None:
    demo.generate(store, sessions=3, seed=7)
    window = _window(ctx, qtbot)
    window.go_to("sessions")
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    page.view.selectRow(1)
    wanted = page.model.session_id(1)
    assert page.code_action in page.view.actions()  # the right-click menu
    assert page.code_action.shortcut().toString() == "Ctrl+Shift+K"
    opened = page.code_current()
    assert isinstance(opened, CodingWorkspace) and opened.session_id == wanted
    _close(opened)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page.view.setFocus()
    before = {w for w in qapp.topLevelWidgets() if isinstance(w, CodingWorkspace) and w.isVisible()}
    QTest.keyClick(page.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    after = {w for w in qapp.topLevelWidgets() if isinstance(w, CodingWorkspace) and w.isVisible()}
    new = after - before
    assert len(new) == 1 and next(iter(new)).session_id == wanted
    for w in new:
        w.close()
    window.ctx.tasks.wait(5000)
