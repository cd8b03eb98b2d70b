"""A table cell being typed in, not yet ended with Enter, is saved with the rest whichever way the
session is left. A page's shortcut (Ctrl+2…) moves no focus, so the cell's editor never handed its
text to the table and the row was saved empty: a decision typed last was gone (the editor now hands
an open cell over before every save). Closing the window and the lock are checked as well: there the
focus leaving the cell happened to hand it over."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core import participants
from desktop.core import sessions as svc
from desktop.core.db import Store
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.participants_model import COLUMNS
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.helpers_typing import press, type_text
from tests.ui.test_recording_fg_editor import new_focus_group
from tests.ui_helpers import main_window


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    return main_window(manager, store, qtbot, "ar", active=True)  # Ctrl+2 goes to the active window


def _type_in_cell(view: QAbstractItemView, row: int, column: int, text: str) -> QLineEdit:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    cell = next(w for w in view.viewport().findChildren(QLineEdit) if w.parent() is view.viewport())
    assert cell.hasFocus()
    type_text(cell, text)
    return cell


LEAVING: dict[str, Callable[[MainWindow], object]] = {
    "close the window": lambda window: window.close(),
    "Ctrl+2": lambda window: press(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier),
    "lock": lambda window: window.lock(),
}


@pytest.mark.parametrize("leave", LEAVING)
def test_a_decision_being_typed_is_saved(leave: str, window: MainWindow, store: Store) -> None:
    sid = svc.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    editor.tabs.setCurrentWidget(editor.decisions)
    editor.decisions.add_button.click()
    _type_in_cell(editor.decisions.view, 0, 0, "رفع التوصيات إلى مجلس المحافظة")
    LEAVING[leave](window)
    assert svc.load_minutes(store, sid).decisions[0]["text"] == "رفع التوصيات إلى مجلس المحافظة"


def test_a_participants_cell_being_typed_is_saved(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    sid = new_focus_group(store)
    with store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    editor = window.open_session(sid)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    editor.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(editor.people.rows) == 1, timeout=10_000)
    _type_in_cell(editor.people_view, 0, COLUMNS.index("occupation"), "معلّمة")
    window.close()
    with store.session() as s:
        assert participants.session_participants(s, sid)[0].occupation == "معلّمة"
    assert pid
