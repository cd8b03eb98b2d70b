"""The top of a session editor at 20-point text on a 1366x768 laptop at 150 % (895x424 for the window).

The row of buttons (Code this session…, PDF, Audit trail, Finalise) went on to three lines, Back and the
title in the middle one; the roundtable's tabs kept about 100 pixels and the whole editor scrolled.
Now Back and the title come first, on one line, with the buttons in a "Session actions" menu when they
do not fit beside them; the roundtable editor's Details tab fits its frame without scrolling (a tab on the
tabs not yet shown asked for five lines of buttons, measured at Qt's first 100 pixels; the tabs holding a
table scroll to keep two of its rows in sight), and the menu's entries do what the buttons do. With room, the buttons are in the row as before.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.session_editor_base import SessionEditorBase
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

LAPTOP = (911 - 16, 464 - 40)


def _frame(editor: QWidget) -> QScrollArea:
    parent = editor.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def _open(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, kind: str,
          size: tuple[int, int], points: float | None) -> SessionEditorBase:
    session_id = sessions.create_session(store, kind, title="طاولة البصرة", governorate="basra")
    window = main_window(manager, store, qtbot, lang)
    window.resize(*size)
    if points is not None:
        manager.set_font_size(points)
    settle()
    editor = window.open_session(session_id)
    assert editor is not None
    settle()
    return editor


@pytest.mark.parametrize("lang", ["ckb", "ar"])
@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_back_and_title_first_and_the_tabs_get_the_room(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                        lang: str, kind: str) -> None:
    editor = _open(manager, store, qtbot, lang, kind, LAPTOP, 20.0)
    back = editor.back if kind == "roundtable" else editor.back_button  # type: ignore[attr-defined]
    heading = editor.heading  # type: ignore[attr-defined]
    actions = editor.session_actions  # type: ignore[attr-defined]
    tabs = editor.findChild(QTabWidget)
    assert tabs is not None
    top = back.mapTo(editor, back.rect().topLeft()).y()
    line = back.height()
    assert abs(heading.mapTo(editor, heading.rect().center()).y() - back.mapTo(editor, back.rect().center()).y()) < 4
    assert tabs.geometry().top() - top <= line + 12, "the top of the editor takes more than one line"
    frame = _frame(editor)
    assert actions.collapsed() and actions.more.isVisible()
    if kind == "roundtable":  # its tabs get the room
        for i in [*range(tabs.count()), 0]:
            tabs.setCurrentIndex(i)
            settle()
            if i == 0:  # Details fits the frame: nothing of the editor scrolls out of sight
                assert editor.height() <= frame.viewport().height(), f"tab {i}: the editor scrolls"
            # The tabs holding a table (attendance, decisions, action items) keep room for its titles
            # and two rows, and the frame scrolls for them (test_minutes_tables_at_20_points: fitting,
            # the attendance table had 1 pixel of the 92 its words need).
            assert tabs.currentWidget().height() >= 150, f"tab {i}: {tabs.currentWidget().height()} pixels"
    # The menu offers what the row would show (Unlock… only once final), and does it.
    actions.fill_menu()
    entries = [a.text() for a in actions.menu.actions()]
    assert entries == [b.text() for b in actions.buttons()]
    assert editor.code_button.text() in entries and editor.pdf_button.text() in entries  # type: ignore[attr-defined]
    assert len(entries) == 4, entries
    finalise = actions.menu.actions()[-1]
    finalise.trigger()  # a roundtable with no date and no attendance: refused, and said why
    settle()
    assert editor.blockers.texts()  # type: ignore[attr-defined]
    assert sessions.load_minutes(store, editor.session_id).status == "draft"


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_with_room_the_buttons_stay_in_the_row(manager: LanguageManager, store: Store, qtbot: QtBot,
                                               kind: str) -> None:
    editor = _open(manager, store, qtbot, "ckb", kind, (1500, 900), None)
    actions = editor.session_actions  # type: ignore[attr-defined]
    assert not actions.collapsed() and not actions.more.isVisible()
    assert editor.code_button.isVisible() and editor.pdf_button.isVisible()  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_alt_key_of_a_button_in_the_menu_still_works(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                         lang: str) -> None:
    """Finalise by its Alt key (a keyboard-only note-taker's way) while it is in the menu: a hidden
    button's mnemonic reached nothing."""
    editor = _open(manager, store, qtbot, lang, "roundtable", LAPTOP, 20.0)
    assert editor.session_actions.collapsed()  # type: ignore[attr-defined]
    editor.window().activateWindow()
    editor.edits["title"].setFocus()  # type: ignore[attr-defined]
    settle()
    finalise = editor.finalise_button  # type: ignore[attr-defined]
    key = QKeySequence.mnemonic(finalise.text())[0]  # type: ignore[index]
    letter = chr(key.key().value)  # an Arabic or Kurdish letter: QTest.keyClick knows only Latin ones
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.sendKeyEvent(QTest.KeyAction.Click, focus, key.key(), letter, key.keyboardModifiers())
    settle()
    assert editor.blockers.texts()  # type: ignore[attr-defined]
    assert sessions.load_minutes(store, editor.session_id).status == "draft"
