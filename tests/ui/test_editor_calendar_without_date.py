"""A roundtable or focus group with no date yet (a session made outside the app): the editor's date box
opened its calendar pop-up on January 2000 (the box's stand-in for no date), 26 years of pages from a
date a facilitator wants. Both editors' date boxes are DigitDateEdit, whose calendar opens on this month
when the box holds no date (digit_calendar.DigitCalendar.showEvent): this guards it in the real editors,
opened by a click on the arrow as a person opens it, twice; nothing is set until a day is chosen.

Escape in that pop-up was taken by the editor's own Escape (Back to the list, a shortcut for the editor
and its children, pop-ups included): the calendar stayed open over a page that had gone, and opened
again it showed January 2000. Escape now closes the pop-up only, as in any date box."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.context import AppContext
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_any_date_by_keyboard import open_pop_up
from tests.ui.test_recording_fg_editor import open_editor
from tests.ui_helpers import language_fixture, roundtable_editor

language = language_fixture("ckb")


def check_opens_on_this_month(editor: Any, box: Any, qtbot: QtBot) -> None:
    """Opened by a click on the arrow, closed with Escape (the pop-up's, not the editor's Back), again."""
    today = QDate.currentDate()
    qtbot.waitUntil(lambda: box.isVisible())
    assert box.date() == box.minimumDate()  # no date yet
    calendar = box.calendarWidget()
    left: list[bool] = []
    editor.closed.connect(lambda: left.append(True))
    for _ in range(2):  # closed without a choice, opened again
        days = open_pop_up(box)
        assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
        assert box.date() == box.minimumDate() and box.text().strip() == ""  # nothing set by opening it
        QTest.keyClick(days, Qt.Key.Key_Escape)
        settle()
        assert not calendar.isVisible(), "Escape left the calendar open"
        assert not left, "Escape in the calendar left the editor"
        assert box.date() == box.minimumDate() and box.text().strip() == ""


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the pop-up, offscreen
@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_roundtable_without_date(ctx: AppContext, store: Store, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot, date=None)
    check_opens_on_this_month(editor, editor.date, qtbot)
    assert editor.fields()["date"] is None


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the pop-up, offscreen
@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_focus_group_without_date(ctx: AppContext, store: Store, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    sid = sessions.create_session(store, "focus_group", title="مجموعة البصرة", governorate="basra", language="ar")
    editor = open_editor(ctx, qtbot, sid)
    editor.tabs.setCurrentIndex(2)  # Details
    check_opens_on_this_month(editor, editor.header.date, qtbot)
    assert editor.header.values()["date"] is None
