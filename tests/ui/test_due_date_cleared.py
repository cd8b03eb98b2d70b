"""An action item's due date, from the keyboard: set, taken back, or never set.

Once a due date was in its cell there was no way back to none: the date box always held a date, so an
action item given a deadline by mistake (the wrong row, a date the room never agreed) kept one in the
minutes and their PDF. Opening an empty due-date cell and leaving it (F2, then Tab) also wrote today's
date into it. The box now says "No date" for a cell without one, Delete empties it, and Up gives today
to start from, as the other date boxes that may hold no date do.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.ui.context import AppContext
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.ui_helpers import roundtable_editor

DUE = 2  # the Due date column


def open_due_date(qtbot: QtBot, editor: RoundtableEditor, row: int) -> QDateEdit:
    """The due-date cell of ``row`` opened from the keyboard (F2), as a note-taker opens it."""
    view = editor.action_items.view
    editor.tabs.setCurrentWidget(editor.action_items)
    view.setFocus()
    view.setCurrentIndex(editor.actions_model.index(row, DUE))
    QTest.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    boxes = [w for w in view.viewport().findChildren(QDateEdit) if w.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def close_with(qtbot: QtBot, editor: RoundtableEditor, box: QDateEdit, key: Qt.Key) -> None:
    QTest.keyClick(box, key)
    view = editor.action_items.view
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def stored_due_dates(editor: RoundtableEditor) -> list[dt.date | None]:
    editor.flush()
    return [a["due_date"] for a in sessions.load_minutes(editor.ctx.store, editor.session_id).actions]


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_due_date_can_be_taken_back_and_is_never_made_up(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.actions_model.add(what="نامەیەک بنووسە", owner="Ali", due_date=dt.date(2023, 3, 1))
    editor.actions_model.add(what="ڕاپۆرتەکە بنێرە", owner="Huda")

    box = open_due_date(qtbot, editor, 0)
    assert box.date() == QDate(2023, 3, 1)
    QTest.keyClick(box, Qt.Key.Key_Delete)  # no due date after all
    no_date = QCoreApplication.translate("DateDelegate", "No date")
    assert box.text() == no_date
    close_with(qtbot, editor, box, Qt.Key.Key_Return)
    assert editor.actions_model.index(0, DUE).data() == ""
    assert stored_due_dates(editor) == [None, None]

    box = open_due_date(qtbot, editor, 1)  # opened and left: still none, not today
    assert box.text() == no_date
    close_with(qtbot, editor, box, Qt.Key.Key_Return)
    assert stored_due_dates(editor) == [None, None]

    box = open_due_date(qtbot, editor, 1)
    QTest.keyClick(box, Qt.Key.Key_Up)  # from none, Up gives today to start from
    close_with(qtbot, editor, box, Qt.Key.Key_Return)
    assert stored_due_dates(editor) == [None, dt.date.today()]
