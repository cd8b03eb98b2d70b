"""A Kurdish date box spells December «کانوونی یەکەم», and a date typed into it by keyboard is kept.

Qt's date box wrote CLDR's «کانونی یەکەم» (one و), beside tables and PDFs that now write it rightly.
Qt counts the characters of its own month name to find the year: a box that merely showed the longer
right name lost digits typed into the year. The box shows the right name and reads every digit typed,
in Latin, Arabic-Indic and the Extended (Kurdish keyboard) digits; Up and Down, Tab between the parts and
the selection of the month work as with any other month."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.i18n.digits import apply_digits
from desktop.i18n.month_box import PAD
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.i18n.test_i18n_screens import settle

RIGHT = "کانوونی یەکەم"
WRONG = "کانونی یەکەم"


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


def type_text(widget: DigitDateEdit, text: str) -> None:
    """Key by key (qtbot.keyClicks aborts on non-ASCII text)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
        settle()


def key(widget: DigitDateEdit, k: Qt.Key) -> None:
    QTest.keyClick(widget, k)
    settle()


def a_box(qtbot: QtBot, language: LanguageManager, digits: str, day: QDate) -> DigitDateEdit:
    language.set_language("ckb")
    language.set_digits(digits)
    settle()
    box = DigitDateEdit(lambda: language.digits)
    qtbot.addWidget(box)
    box.setDate(day)
    box.show()
    box.activateWindow()
    QTest.qWaitForWindowActive(box)
    box.clearFocus()
    settle()
    box.setFocus(Qt.FocusReason.TabFocusReason)  # as reached by Tab: the day chosen
    settle()
    return box


def seen(box: DigitDateEdit) -> str:
    return box.text().replace(PAD, "")


@pytest.mark.parametrize(("digits", "typed_day", "typed_year"), [
    ("latn", "17", "2024"), ("arab", "١٧", "٢٠٢٤"), ("arab", "17", "2024"), ("latn", "۱۷", "۲۰۲۴"),
])
def test_a_december_date_typed_by_keyboard(qtbot: QtBot, language: LanguageManager, digits: str,
                                           typed_day: str, typed_year: str) -> None:
    box = a_box(qtbot, language, digits, QDate(2023, 12, 5))
    assert seen(box) == apply_digits(f"5ی {RIGHT}ی 2023", digits)  # type: ignore[arg-type]
    assert box.lineEdit().selectedText() == apply_digits("5", digits)  # type: ignore[arg-type]
    type_text(box, typed_day)  # the day, then on to the month
    assert box.lineEdit().selectedText() == RIGHT  # the whole name, not Qt's twelve letters of it
    key(box, Qt.Key.Key_Tab)  # right after Qt went on by itself: that step (test_date_typed_then_tab.py)
    assert box.currentSection() == DigitDateEdit.Section.MonthSection
    assert box.lineEdit().selectedText() == RIGHT
    key(box, Qt.Key.Key_Tab)
    assert box.currentSection() == DigitDateEdit.Section.YearSection
    type_text(box, typed_year)
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2024, 12, 17)
    assert seen(box) == apply_digits(f"17ی {RIGHT}ی 2024", digits)  # type: ignore[arg-type]
    assert WRONG not in box.text()


@pytest.mark.parametrize("digits", ["latn", "arab"])
def test_up_and_down_through_december(qtbot: QtBot, language: LanguageManager, digits: str) -> None:
    box = a_box(qtbot, language, digits, QDate(2023, 11, 5))
    key(box, Qt.Key.Key_Tab)  # the month
    assert box.currentSection() == DigitDateEdit.Section.MonthSection
    key(box, Qt.Key.Key_Up)
    assert box.date() == QDate(2023, 12, 5)
    assert RIGHT in box.text() and WRONG not in box.text()
    assert box.lineEdit().selectedText() == RIGHT
    key(box, Qt.Key.Key_Down)  # still the month that steps
    assert box.date() == QDate(2023, 11, 5)
    key(box, Qt.Key.Key_Up)
    key(box, Qt.Key.Key_Tab)  # the year, after the longer name
    type_text(box, apply_digits("2021", digits))  # type: ignore[arg-type]
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2021, 12, 5)
    key(box, Qt.Key.Key_Up)  # the year steps
    assert box.date() == QDate(2022, 12, 5)
    assert seen(box) == apply_digits(f"5ی {RIGHT}ی 2022", digits)  # type: ignore[arg-type]


def test_what_the_box_shows_it_reads_back(qtbot: QtBot, language: LanguageManager) -> None:
    box = a_box(qtbot, language, "latn", QDate(2023, 12, 5))
    assert box.dateTimeFromText(box.text()).date() == QDate(2023, 12, 5)
    # A date copied from a table (no joiner) reads too.
    assert box.dateTimeFromText(f"9ی {RIGHT}ی 2020").date() == QDate(2020, 12, 9)


def test_a_month_typed_over_december(qtbot: QtBot, language: LanguageManager) -> None:
    """The letters of another month typed over the selected December are taken (the joiner Qt needs
    after the month is put back), as over any other month."""
    box = a_box(qtbot, language, "latn", QDate(2023, 12, 5))
    key(box, Qt.Key.Key_Tab)
    assert box.lineEdit().selectedText() == RIGHT
    type_text(box, "ت")
    assert seen(box) == "5ی تی 2023"
    key(box, Qt.Key.Key_Tab)  # on to the year, which still reads as a year
    type_text(box, "2020")
    assert seen(box).endswith("ی 2020")


def drawn(text: str, font: QFont) -> QImage:
    image = QImage(420, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return image


@pytest.mark.parametrize("month", range(1, 13))
def test_the_joiner_is_never_seen(qtbot: QtBot, language: LanguageManager, month: int) -> None:
    """With the other months the joiner stays in the box's text: drawn, it changes no pixel (the month's
    last letter still joins the Kurdish ی after it, or not, as without it)."""
    box = a_box(qtbot, language, "latn", QDate(2024, month, 17))
    text = box.text()
    assert (PAD in text) is (month != 12)
    assert drawn(text, box.font()) == drawn(text.replace(PAD, ""), box.font())


@pytest.mark.parametrize(("pasted", "day"), [
    (f"9ی {RIGHT}ی 2020", QDate(2020, 12, 9)),  # from a table or a PDF
    ("9ی تشرینی دووەمی 2020", QDate(2020, 11, 9)),  # another month (the joiner put back)
    (f"9ی {WRONG}ی 2020", QDate(2020, 12, 9)),  # from a document written before
])
def test_a_date_pasted_from_a_table(qtbot: QtBot, language: LanguageManager, pasted: str, day: QDate) -> None:
    box = a_box(qtbot, language, "latn", QDate(2023, 3, 5))
    QGuiApplication.clipboard().setText(pasted)
    box.lineEdit().selectAll()
    QTest.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle()
    key(box, Qt.Key.Key_Return)
    assert box.date() == day
    assert WRONG not in box.text()
