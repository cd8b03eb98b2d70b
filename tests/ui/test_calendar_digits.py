"""The calendar under a date box writes its days and year in the chosen digits.

Qt's calendar wrote them in its locale's digits: an Arabic or Kurdish screen with Latin digits (the
default) had a date box reading "5 آذار 2023" open on "٥" and "٢٠٢٣"; English with Arabic-Indic digits
the other way round. Checked on the calendar's own state (its year button, its year box, the text of
each day) and on what it paints: a day cell is the chosen number drawn on the cell, nothing else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QSpinBox, QToolButton
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.digit_calendar import DigitCalendar
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.i18n.test_i18n_screens import settle


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


def painted(calendar: QCalendarWidget, date: QDate, text: str | None = None, *, grey: bool = False) -> QImage:
    """One day cell as the calendar paints it; with ``text``, that text drawn as the calendar draws a day."""
    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setFont(calendar.font())
    rect = QRect(0, 0, 40, 30)
    if text is None:
        calendar.paintCell(painter, rect, date)
    else:
        painter.fillRect(rect, calendar.palette().brush(QPalette.ColorRole.Base))
        group = QPalette.ColorGroup.Disabled if grey else QPalette.ColorGroup.Active
        painter.setPen(calendar.palette().color(group, QPalette.ColorRole.Text))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return image


@pytest.mark.parametrize(("lang", "digits", "year", "day"), [
    ("ar", "latn", "2023", "15"), ("ckb", "latn", "2023", "15"), ("en", "arab", "٢٠٢٣", "١٥"),
    ("ar", "arab", "٢٠٢٣", "١٥"),
])
def test_the_calendar_writes_the_chosen_digits(language: LanguageManager, qtbot: QtBot, lang: str, digits: str,
                                               year: str, day: str) -> None:
    language.set_language(lang)
    language.set_digits(digits)
    try:
        settle()
        edit = DigitDateEdit(lambda: language.digits)
        edit.setDate(QDate(2023, 3, 5))
        qtbot.addWidget(edit)
        edit.show()
        calendar = edit.calendarWidget()
        assert isinstance(calendar, DigitCalendar)
        calendar.show()
        settle()
        year_button = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
        assert year_button is not None and year_button.text() == year
        year_box = calendar.findChild(QSpinBox, "qt_calendar_yearedit")
        assert year_box is not None and year_box.locale().zeroDigit() == year[-1:].translate(str.maketrans("3٣", "0٠"))
        wednesday = QDate(2023, 3, 15)  # in the month shown, not selected, not a weekend in any locale
        assert calendar.day_text(wednesday) == day
        assert painted(calendar, wednesday) == painted(calendar, wednesday, day)
        calendar.showNextMonth()
        settle()
        assert year_button.text() == year  # still, after Qt wrote the page again
    finally:
        language.set_digits("latn")


def test_a_day_out_of_range_is_greyed_like_qt_greys_it(language: LanguageManager, qtbot: QtBot) -> None:
    """Drawn by hand in Latin digits, a day before the box's first allowed date must still look unavailable."""
    language.set_language("ckb")
    settle()
    edit = DigitDateEdit(lambda: "latn")
    edit.setMinimumDate(QDate(2023, 3, 10))
    edit.setDate(QDate(2023, 3, 15))
    qtbot.addWidget(edit)
    calendar = edit.calendarWidget()
    assert isinstance(calendar, DigitCalendar) and not calendar.own_digits()
    before = QDate(2023, 3, 8)
    assert painted(calendar, before) == painted(calendar, before, "8", grey=True)
    later = QDate(2023, 3, 22)  # a Wednesday in range, not selected: drawn as any day
    assert painted(calendar, later) == painted(calendar, later, "22") != painted(calendar, later, "22", grey=True)
