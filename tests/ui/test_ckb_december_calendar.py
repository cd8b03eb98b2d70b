"""The calendar under a Kurdish date box names December «کانوونی یەکەم» (its month button and the menu
of months), as every date does; Qt's own was CLDR's «کانونی یەکەم»."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.i18n.test_i18n_screens import settle

RIGHT = "کانوونی یەکەم"
WRONG = "کانونی یەکەم"


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


def month_button(box: DigitDateEdit) -> QToolButton:
    button = box.calendarWidget().findChild(QToolButton, "qt_calendar_monthbutton")
    assert button is not None
    return button


@pytest.mark.parametrize("digits", ["latn", "arab"])
def test_the_calendar_names_december_rightly(qtbot: QtBot, language: LanguageManager, digits: str) -> None:
    language.set_language("ckb")
    language.set_digits(digits)
    settle()
    box = DigitDateEdit(lambda: language.digits)
    qtbot.addWidget(box)
    box.setDate(QDate(2023, 12, 5))
    box.show()
    calendar = box.calendarWidget()
    calendar.show()
    settle()
    button = month_button(box)
    assert button.text() == RIGHT
    menu = button.menu()
    assert menu is not None
    names = [action.text() for action in menu.actions()]
    assert names[-1] == RIGHT and WRONG not in names
    # Paged to it from November, by the calendar's own button.
    calendar.setCurrentPage(2024, 11)
    settle()
    assert button.text() == "تشرینی دووەم"
    next_month = calendar.findChild(QToolButton, "qt_calendar_nextmonth")
    assert next_month is not None
    QTest.mouseClick(next_month, Qt.MouseButton.LeftButton)
    settle()
    assert calendar.monthShown() == 12
    assert button.text() == RIGHT


def test_a_language_chosen_later_names_december_rightly(qtbot: QtBot, language: LanguageManager) -> None:
    box = DigitDateEdit(lambda: language.digits)
    qtbot.addWidget(box)
    box.setDate(QDate(2023, 12, 5))
    box.show()
    box.calendarWidget().show()
    settle()
    assert month_button(box).text() == "December"
    language.set_language("ckb")
    settle()
    assert month_button(box).text() == RIGHT
    assert [a.text() for a in month_button(box).menu().actions()][-1] == RIGHT
