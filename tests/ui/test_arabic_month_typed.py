"""An Arabic month of two words can be typed into a date box letter by letter.

Four Arabic month names have a space in them («كانون الثاني», «تشرين الأول», «تشرين الثاني», «كانون
الأول»). Qt refused the letter that ends their first word («كانون»: it reads no month in a whole word
that only starts one) and took the space typed after it for the step to the year, so a facilitator
typing the date of a session held in January had to give up and use the arrows or the calendar.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.i18n.digits import Digits, apply_digits
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.ui.test_ckb_december_date_box import key, type_text
from tests.ui.test_date_box_copy_and_typed_month import a_box

TWO_WORDS = [("كانون الثاني", 1), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12)]


def month_chosen(qtbot: QtBot, manager: LanguageManager, digits: Digits = "latn") -> DigitDateEdit:
    box = a_box(qtbot, manager, "ar", QDate(2023, 5, 5), digits)
    key(box, Qt.Key.Key_Tab)
    assert box.currentSection() == DigitDateEdit.Section.MonthSection
    return box


def type_month(box: DigitDateEdit, name: str, day: str) -> None:
    """Letter by letter: after each, the box shows what was typed, and stays in the month until the end."""
    for at in range(1, len(name) + 1):
        type_text(box, name[at - 1])
        assert box.text().startswith(f"{day} {name[:at]}"), (at, box.text())
        if at < len(name):
            assert box.currentSection() == DigitDateEdit.Section.MonthSection, at


@pytest.mark.parametrize("digits", ["latn", "arab"])
@pytest.mark.parametrize(("name", "month"), TWO_WORDS)
def test_a_month_of_two_words_typed(qtbot: QtBot, manager: LanguageManager, name: str, month: int,
                                    digits: Digits) -> None:
    box = month_chosen(qtbot, manager, digits)
    type_month(box, name, apply_digits("5", digits))
    assert box.date() == QDate(2023, month, 5)
    assert box.currentSection() == DigitDateEdit.Section.YearSection  # on to the year, as after any month
    type_text(box, "2021")
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2021, month, 5)
    assert box.text() == apply_digits(f"5 {name} 2021", digits)


def test_a_wrong_letter_refused_and_backspace_takes_one_back(qtbot: QtBot, manager: LanguageManager) -> None:
    box = month_chosen(qtbot, manager)
    type_month(box, "كانون ا", "5")
    type_text(box, "ش")  # no month goes on so
    assert box.text() == "5 كانون ا 2023"
    key(box, Qt.Key.Key_Backspace)
    key(box, Qt.Key.Key_Backspace)
    assert box.text() == "5 كانون 2023"
    type_text(box, " الأول")
    assert box.date() == QDate(2023, 12, 5)


def test_a_space_after_a_whole_name_still_steps_to_the_year(qtbot: QtBot, manager: LanguageManager) -> None:
    box = month_chosen(qtbot, manager)
    type_text(box, "آذا")
    assert box.currentSection() == DigitDateEdit.Section.MonthSection
    type_text(box, "ر")
    assert box.date() == QDate(2023, 3, 5)
    assert box.currentSection() == DigitDateEdit.Section.YearSection
    type_text(box, "2020")
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2020, 3, 5)


def test_english_months_typed_as_before(qtbot: QtBot, manager: LanguageManager) -> None:
    box = a_box(qtbot, manager, "en", QDate(2023, 5, 5))
    key(box, Qt.Key.Key_Tab)
    type_text(box, "March")
    assert box.currentSection() == DigitDateEdit.Section.YearSection
    type_text(box, " ")  # a space typed after it changes nothing
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2023, 3, 5)
    assert box.text() == "5 March 2023"
