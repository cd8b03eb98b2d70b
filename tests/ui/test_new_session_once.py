"""Two quick clicks on "New focus group" (the editor opens a moment after the click, and a busy
laptop makes that moment long) make one session, not two: the buttons rest until it is stored. Before,
every click stored a session, and the empty one travelled to the centre in the next bundle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_two_quick_clicks_make_one_session(kind: str, manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    manager.set_language("ar")
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.go_to("sessions")
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    button = page.new_roundtable if kind == "roundtable" else page.new_focus_group
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # before the first is stored
    qtbot.waitUntil(lambda: window.editor is not None, timeout=20_000)
    assert window.ctx.tasks.wait(10_000)
    qtbot.wait(100)  # a second session's editor would open in this turn
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Session)) == 1
    assert not page.creating and page.new_roundtable.isEnabled() and page.new_focus_group.isEnabled()

    window.close_editor()  # and the next click makes the next session
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=20_000)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Session)) == 2
