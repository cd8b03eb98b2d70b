"""A key pressed in a pop-up of a session editor is the pop-up's, not the editor's.

The editors' Back keys (Escape and Alt+Left) are shortcuts of the editor and its children, which Qt
matches through Popup windows. Every pop-up of the roundtable and focus-group editors is opened here in
a real editor: the combo boxes' lists (governorate, language, the transcript's speaker, the roles and
statuses and the participants' choices in the tables' cells) and the date boxes' calendars (the
session's date, an action item's due date). Escape in a pop-up closes the pop-up only (the lists
claim it themselves, the calendars since DigitCalendar does); Alt+Left in one closed the editor and
left the pop-up open over the list page. A second Escape is the editor's Back, as before (in a table's
cell, the first one after the pop-up ends the cell's editing, as ever).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.participants_model import COLUMNS as PEOPLE_COLUMNS
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.session_editor_base import CODE_SESSION_SHORTCUT, SessionEditorBase
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_any_date_by_keyboard import open_pop_up
from tests.ui.test_recording_fg_editor import new_focus_group, open_editor
from tests.ui_helpers import language_fixture, roundtable_editor

language = language_fixture("ckb")

ALT_LEFT = (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
ESCAPE = (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)


def open_list(combo: QComboBox) -> None:
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    QTest.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # as a person opens it by keyboard
    settle()


def cell_editor(view: QAbstractItemView, row: int, column: int, kind: type[QWidget]) -> Any:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    settle()
    found = [w for w in view.viewport().findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


# Each opens its pop-up and says whether it is in a table's cell.
Opener = Callable[[Any], bool]


def rt_governorate(editor: RoundtableEditor) -> bool:
    open_list(editor.governorate)
    return False


def rt_language(editor: RoundtableEditor) -> bool:
    open_list(editor.language_combo)
    return False


def rt_date(editor: RoundtableEditor) -> bool:
    open_pop_up(editor.date)
    return False


def rt_role(editor: RoundtableEditor) -> bool:
    editor.add_attendee(organisation_id="org-1", role="cso", name="منظمة")
    editor.tabs.setCurrentWidget(editor.attendance)
    open_list(cell_editor(editor.attendance.view, 0, 1, QComboBox))
    return True


def rt_due_date(editor: RoundtableEditor) -> bool:
    editor.tabs.setCurrentWidget(editor.action_items)
    editor.action_items.add_button.click()
    settle()
    open_pop_up(cell_editor(editor.action_items.view, 0, 2, QDateEdit))
    return True


def rt_status(editor: RoundtableEditor) -> bool:
    editor.tabs.setCurrentWidget(editor.action_items)
    editor.action_items.add_button.click()
    settle()
    open_list(cell_editor(editor.action_items.view, 0, 3, QComboBox))
    return True


def fg_speaker(editor: FocusGroupEditor) -> bool:
    open_list(editor.transcript.speaker_combo)
    return False


def fg_governorate(editor: FocusGroupEditor) -> bool:
    editor.tabs.setCurrentIndex(2)
    open_list(editor.header.governorate)
    return False


def fg_language(editor: FocusGroupEditor) -> bool:
    editor.tabs.setCurrentIndex(2)
    open_list(editor.header.language)
    return False


def fg_date(editor: FocusGroupEditor) -> bool:
    editor.tabs.setCurrentIndex(2)
    open_pop_up(editor.header.date)
    return False


def fg_gender(editor: FocusGroupEditor) -> bool:
    editor.tabs.setCurrentIndex(1)
    editor.add_button.click()
    editor.ctx.tasks.drain()
    for _ in range(250):  # the new participant is added in a task's turn
        if editor.people.rows:
            break
        QTest.qWait(20)
    open_list(cell_editor(editor.people_view, 0, PEOPLE_COLUMNS.index("gender"), QComboBox))
    return True


def check_key_in_pop_up(editor: SessionEditorBase, opener: Opener, key: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    left: list[bool] = []
    editor.closed.connect(lambda: left.append(True))
    in_cell = opener(editor)
    pop_up = QApplication.activePopupWidget()
    assert pop_up is not None and pop_up.isVisible(), "the pop-up did not open"
    # Qt gives the keys to the pop-up open, to its focus widget (a list, the calendar's days).
    QTest.keyClick(pop_up.focusWidget() or pop_up, *key)
    settle()
    assert not left, "a key pressed in the pop-up closed the editor"
    if key != ESCAPE:  # the pop-up's to use or not; Escape then closes it
        assert QApplication.activePopupWidget() is pop_up
        QTest.keyClick(pop_up.focusWidget() or pop_up, Qt.Key.Key_Escape)
        settle()
        assert not left, "Escape in the pop-up closed the editor"
    assert QApplication.activePopupWidget() is None and not pop_up.isVisible(), "Escape left the pop-up open"
    assert editor.isVisible()
    if in_cell:  # the first Escape after the pop-up ends the cell's editing, as ever
        field = QApplication.focusWidget()
        assert field is not None
        QTest.keyClick(field, Qt.Key.Key_Escape)
        settle()
        assert not left and not field.isVisible()
    # Back to the list with the next Escape, as before.
    focus = QApplication.focusWidget()
    assert focus is not None and editor.isAncestorOf(focus)
    QTest.keyClick(focus, Qt.Key.Key_Escape)
    settle()
    assert left == [True]


POP_UP_MARK = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@POP_UP_MARK
@pytest.mark.parametrize("key", [ESCAPE, ALT_LEFT], ids=["Escape", "Alt+Left"])
@pytest.mark.parametrize("opener", [rt_governorate, rt_language, rt_date, rt_role, rt_due_date, rt_status])
def test_roundtable_pop_ups(ctx: AppContext, qtbot: QtBot, opener: Opener, key: Any) -> None:
    editor = roundtable_editor(ctx, qtbot)
    editor.resize(1000, 700)
    settle()
    check_key_in_pop_up(editor, opener, key)


@POP_UP_MARK
@pytest.mark.parametrize("key", [ESCAPE, ALT_LEFT], ids=["Escape", "Alt+Left"])
@pytest.mark.parametrize("opener", [fg_speaker, fg_governorate, fg_language, fg_date, fg_gender])
def test_focus_group_pop_ups(ctx: AppContext, qtbot: QtBot, opener: Opener, key: Any) -> None:
    editor = open_editor(ctx, qtbot, new_focus_group(ctx.store))
    check_key_in_pop_up(editor, opener, key)


@POP_UP_MARK
@pytest.mark.parametrize("keys", ["Ctrl+Shift+Del", "Ctrl+Shift+Backspace"], ids=["delete", "merge"])
def test_transcript_keys_in_the_speaker_list(ctx: AppContext, qtbot: QtBot, keys: str) -> None:
    """Delete turn and Merge with previous turn, keys of the whole transcript, acted from inside the
    speaker list open: the turn went while a speaker was being chosen for it."""
    editor = open_editor(ctx, qtbot, new_focus_group(ctx.store))
    transcript = editor.transcript
    transcript.edit.setFocus()
    QTest.keyClicks(transcript.edit, "words")
    transcript.new_turn()  # an empty turn after it: deleted or merged without a question
    settle()
    assert len(transcript.model.rows) == 2 and transcript.current == 1
    open_list(transcript.speaker_combo)
    pop_up = QApplication.activePopupWidget()
    assert pop_up is not None
    QTest.keySequence(pop_up.focusWidget() or pop_up, QKeySequence(keys))
    settle()
    assert len(transcript.model.rows) == 2 and transcript.current == 1
    assert QApplication.activePopupWidget() is pop_up  # still choosing
    QTest.keyClick(pop_up.focusWidget() or pop_up, Qt.Key.Key_Escape)
    settle()
    assert QApplication.activePopupWidget() is None


@POP_UP_MARK
def test_code_this_session_key_in_a_list(ctx: AppContext, qtbot: QtBot) -> None:
    """Ctrl+Shift+K (Code this session) pressed in an open list opened the coding window over it."""
    editor = roundtable_editor(ctx, qtbot)
    open_list(editor.governorate)
    pop_up = QApplication.activePopupWidget()
    assert pop_up is not None
    QTest.keySequence(pop_up.focusWidget() or pop_up, QKeySequence(CODE_SESSION_SHORTCUT))
    settle()
    opened = editor.coding_window
    if opened is not None:
        opened.close()
    assert opened is None
    assert QApplication.activePopupWidget() is pop_up
    QTest.keyClick(pop_up.focusWidget() or pop_up, Qt.Key.Key_Escape)
    settle()
    assert QApplication.activePopupWidget() is None
