"""A roundtable's date from the keyboard, in the order the date reads.

In Arabic and Kurdish, Tab from the title onto the date and Up changed the YEAR: Qt puts a date edit
reached by Tab on its last section when the layout is right-to-left (and steps Tab through the
sections backwards), assuming a date written left to right. Our date edits show the date in its
reading order ("11 كانون الأول 2022", the day at the right, where an Arabic or Kurdish reader
starts): Tab now lands on the day, as in English, Tab again goes to the month and the year, then on
to the next field; Shift+Tab comes back onto the year (the last in reading order) and steps back to
the day. A shortcut to it (a label's Alt
letter) lands on the day too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.i18n.test_i18n_screens import (  # noqa: F401  (fixtures, used by name)
    ctx,
    demo_store,
    isolated_settings,
    language,
    settle,
    store,
    user_name,
)
from tests.ui.test_minutes_tab_order import editor  # noqa: F401  (fixture)
from tests.ui_helpers import focused


def key(widget: QWidget, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, k, modifiers)
    settle()


def up_changes(editor: RoundtableEditor) -> str:  # noqa: F811
    """Up on the focused date field: which of day, month and year it changed (Down puts it back)."""
    date = editor.date
    assert focused() is date
    before = date.date()
    key(date, Qt.Key.Key_Up)
    after = date.date()
    key(date, Qt.Key.Key_Down)
    assert date.date() == before
    if after == before.addDays(1):
        return "day"
    if after == before.addMonths(1):
        return "month"
    if after == before.addYears(1):
        return "year"
    raise AssertionError(f"Up changed {before.toString('yyyy-MM-dd')} to {after.toString('yyyy-MM-dd')}")


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_tab_onto_the_date_and_up_changes_the_day(editor: RoundtableEditor, ctx: AppContext, lang: str) -> None:  # noqa: F811
    ctx.language.set_language(lang)
    settle()
    editor.date.setDate(QDate(2022, 6, 11))  # mid-month, mid-year: Up and Down never wrap
    editor.window().activateWindow()
    editor.setFocus()
    settle()
    title = editor.edits["title"]
    assert focused() is title
    rtl = lang != "en"
    assert editor.date.isRightToLeft() is rtl
    if rtl:  # the day first in the text, as the reader reads it, whatever digits are shown
        shown = editor.date.lineEdit().text()
        assert shown.index(editor.date.sectionText(editor.date.Section.DaySection)) == 0, shown

    key(title, Qt.Key.Key_Tab)
    assert up_changes(editor) == "day"
    key(editor.date, Qt.Key.Key_Tab)
    assert up_changes(editor) == "month"
    key(editor.date, Qt.Key.Key_Tab)
    assert up_changes(editor) == "year"
    key(editor.date, Qt.Key.Key_Tab)  # on to the next row: the start time
    after_date = focused()
    assert after_date is editor.edits["start_time"]

    key(after_date, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back: the last in reading order
    assert up_changes(editor) == "year"
    key(editor.date, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert up_changes(editor) == "month"
    key(editor.date, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert up_changes(editor) == "day"
    key(editor.date, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is title

    # Reached by a shortcut (an Alt letter of a label whose buddy it is): the day too.
    editor.date.setFocus(Qt.FocusReason.ShortcutFocusReason)
    settle()
    assert up_changes(editor) == "day"
