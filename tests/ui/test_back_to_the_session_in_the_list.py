"""Back from a session's editor (Escape, Back, Alt+Left), the session is the current row of the Sessions
list, which has the keyboard: Enter opens it again, Up and Down go on from it. The list had the keyboard
but no row: Enter did nothing, and a keyboard user had to find their session again from the top (a new
focus group made with New focus group was never selected at all)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_accessibility import mnemonic_letter
from tests.ui_helpers import focused, main_window


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_escape_leaves_the_session_selected(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> None:
    for n in range(3):  # sessions already there, older
        sessions.create_session(store, "roundtable", title=f"طاولة {n}", governorate="basra",
                                date=dt.date(2026, 1, n + 1))
    window = main_window(manager, store, qtbot, lang, active=True)
    QTest.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    page = window.page("sessions")
    assert isinstance(page, SessionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    letter = mnemonic_letter(page.new_focus_group.text())
    QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                       Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(window.editor, FocusGroupEditor) and window.editor.is_loaded)
    editor = window.editor
    assert editor is not None
    session_id = editor.session_id

    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    window.ctx.tasks.drain()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    settle()
    assert window.editor is None and focused() is page.view
    assert page.current_session_id() == session_id
    assert page.view.selectionModel().isRowSelected(page.view.currentIndex().row())

    QTest.keyClick(page.view, Qt.Key.Key_Return)  # opened again
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.session_id == session_id)
