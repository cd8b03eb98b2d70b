"""A filter date that says "any", given a date from the keyboard.

The Sessions page's From and To boxes show "any" while they hold their stand-in minimum date (1 January
2000). Up there gave 2 January 2000, so a person filtering by keyboard needed thousands of presses to
reach this year. The first Up (or Down, Page Up, Page Down) now gives today, with the day chosen, and
the next ones step from it as in any other date box.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionSpinBox, QTableView

from desktop.ui.context import AppContext
from desktop.ui.sessions.page import NO_DATE, SessionsPage
from tests.i18n.test_i18n_screens import (  # noqa: F401  (fixtures, used by name)
    ctx,
    demo_store,
    isolated_settings,
    language,
    settle,
    store,
    user_name,
)


def open_pop_up(box: QDateEdit) -> QTableView:
    """The box's calendar pop-up opened by a click on its arrow, as a person opens it; its days table,
    which has the keyboard."""
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    arrow = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                       QStyle.SubControl.SC_SpinBoxDown, box)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=arrow.center())
    settle()
    assert box.calendarWidget().isVisible()
    days = box.calendarWidget().findChild(QTableView, "qt_calendar_calendarview")
    assert days is not None and days.hasFocus()  # the keys go to the days
    return days


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
@pytest.mark.parametrize("first_key", [Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageDown])
def test_the_first_step_from_any_gives_today(ctx: AppContext, lang: str, first_key: Qt.Key) -> None:  # noqa: F811
    ctx.language.set_language(lang)
    page = SessionsPage(ctx)
    page.show()
    settle()
    for box in (page.date_from, page.date_to):
        assert box.date() == NO_DATE and box.lineEdit().text() == box.specialValueText()
        box.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        QTest.keyClick(box, first_key)
        settle()
        today = QDate.currentDate()
        assert box.date() == today, box.date().toString("yyyy-MM-dd")
        assert box.lineEdit().text() != box.specialValueText()
        # From there it steps as a date box does, the day first (in reading order in ar and ckb too).
        QTest.keyClick(box, Qt.Key.Key_Down)
        settle()
        assert box.date() == today.addDays(-1), box.date().toString("yyyy-MM-dd")
    page.close()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the pop-up, offscreen
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_calendar_of_any_opens_on_this_month(ctx: AppContext, lang: str) -> None:  # noqa: F811
    """Its calendar pop-up opened on January 2000 (the stand-in): 26 years of pages from a date a person
    wants. It opens on this month now, nothing chosen until a day is clicked; a box holding a date
    opens on that date's month as before."""
    ctx.language.set_language(lang)
    page = SessionsPage(ctx)
    page.show()
    settle()
    box = page.date_from
    calendar = box.calendarWidget()
    today = QDate.currentDate()

    open_pop_up(box)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert box.date() == NO_DATE and box.lineEdit().text() == box.specialValueText()  # nothing chosen yet
    calendar.window().hide()
    box.setDate(QDate(2023, 3, 5))
    settle()
    open_pop_up(box)
    assert (calendar.yearShown(), calendar.monthShown()) == (2023, 3)
    calendar.window().hide()
    page.close()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the pop-up, offscreen
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_arrow_keys_in_the_calendar_of_any_start_from_today(ctx: AppContext, lang: str) -> None:  # noqa: F811
    """The pop-up of a box saying "any" opens on this month, but its keyboard cursor stayed on the stand-in's
    day (1 January 2000, the first of the month carried over to this month): Right gave the 2nd, Down
    the 8th, whatever today was. The arrows now start from today; nothing is chosen until they move
    (Escape leaves "any"), and a box holding a date starts from that date as before."""
    ctx.language.set_language(lang)
    page = SessionsPage(ctx)
    page.show()
    settle()
    box = page.date_from
    calendar = box.calendarWidget()
    today = QDate.currentDate()

    # In ar and ckb the week runs right to left: the next day is to the left.
    forward = Qt.Key.Key_Left if lang in ("ar", "ckb") else Qt.Key.Key_Right
    for key, expected in ((forward, today.addDays(1)), (Qt.Key.Key_Down, today.addDays(7)),
                          (Qt.Key.Key_Up, today.addDays(-7))):
        box.setDate(NO_DATE)
        settle()
        days = open_pop_up(box)
        QTest.keyClick(days, key)
        settle()
        assert box.date() == expected, (key, box.date().toString("yyyy-MM-dd"), expected.toString("yyyy-MM-dd"))
        calendar.window().hide()
        settle()

    box.setDate(NO_DATE)
    settle()
    days = open_pop_up(box)
    QTest.keyClick(days, Qt.Key.Key_Escape)
    settle()
    assert box.date() == NO_DATE and box.lineEdit().text() == box.specialValueText()  # nothing chosen

    box.setDate(QDate(2023, 3, 5))
    settle()
    days = open_pop_up(box)
    QTest.keyClick(days, Qt.Key.Key_Down)
    settle()
    assert box.date() == QDate(2023, 3, 12), box.date().toString("yyyy-MM-dd")
    calendar.window().hide()
    page.close()
