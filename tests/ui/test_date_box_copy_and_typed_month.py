"""A date box's text copied is the text shown, and the Kurdish December can be typed as it is spelt.

A Kurdish date box carries an invisible word joiner after its month name (desktop/i18n/month_box.py):
Ctrl+C and the context menu's Copy put it on the clipboard, and a user pasting the date into a document
or a chat got an invisible character with it. Typing «کانوونی یەکەم» letter by letter into the month
was refused (at the space, which Qt took for the step to the year, and at the letter where the right
spelling parts from Qt's «کانونی یەکەم»). Arabic and English boxes copy and take a typed month as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.i18n.digits import Digits, apply_digits
from desktop.i18n.month_box import PAD
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_ckb_december_date_box import RIGHT, WRONG, key, type_text

JANUARY = "کانوونی دووەم"

# The context menu, offscreen.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


def a_box(qtbot: QtBot, manager: LanguageManager, lang: str, day: QDate, digits: Digits = "latn") -> DigitDateEdit:
    manager.set_language(lang)
    manager.set_digits(digits)
    settle()
    box = DigitDateEdit(lambda: manager.digits)
    qtbot.addWidget(box)
    box.setDate(day)
    box.show()
    box.activateWindow()
    QTest.qWaitForWindowActive(box)
    box.clearFocus()
    settle()
    box.setFocus(Qt.FocusReason.TabFocusReason)  # the day chosen
    settle()
    return box


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def copy_with_keys(box: DigitDateEdit) -> str:
    QGuiApplication.clipboard().setText("before")
    QTest.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    settle()
    return clipboard()


def copy_with_menu(box: DigitDateEdit) -> str:
    """The box's context menu opened (as by a right click on its text) and its Copy chosen."""
    QGuiApplication.clipboard().setText("before")
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        copy = next(a for a in menu.actions() if a.objectName() == "edit-copy")
        chosen.append(copy.text())
        copy.trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    edit = box.lineEdit()
    point = QPoint(5, edit.height() // 2)
    QApplication.sendEvent(edit, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, edit.mapToGlobal(point)))
    settle()
    assert chosen, "the context menu did not open"
    return clipboard()


Copy = Callable[[DigitDateEdit], str]
COPIES = [copy_with_keys, copy_with_menu]


@pytest.mark.parametrize("copy", COPIES)
@pytest.mark.parametrize(("month", "name"), [(11, "تشرینی دووەم"), (12, RIGHT), (1, JANUARY)])
def test_a_kurdish_date_copied_is_the_date_shown(qtbot: QtBot, manager: LanguageManager, copy: Copy, month: int,
                                                 name: str) -> None:
    box = a_box(qtbot, manager, "ckb", QDate(2023, month, 5))
    box.lineEdit().selectAll()
    got = copy(box)
    assert got == f"5ی {name}ی 2023"
    assert PAD not in got and WRONG not in got


@pytest.mark.parametrize("copy", COPIES)
@pytest.mark.parametrize(("month", "name"), [(11, "تشرینی دووەم"), (12, RIGHT)])
def test_the_month_alone_copied(qtbot: QtBot, manager: LanguageManager, copy: Copy, month: int,
                                name: str) -> None:
    box = a_box(qtbot, manager, "ckb", QDate(2023, month, 5))
    key(box, Qt.Key.Key_Tab)  # the month selected
    assert box.lineEdit().selectedText() == name
    assert copy(box) == name
    # From the month to the end, over the joiner.
    edit = box.lineEdit()
    edit.setSelection(edit.text().index(name[0]), len(edit.text()))
    assert copy(box) == f"{name}ی 2023"


@pytest.mark.parametrize("copy", COPIES)
@pytest.mark.parametrize(("lang", "shown"), [("ar", "5 كانون الأول 2023"), ("en", "5 December 2023")])
def test_arabic_and_english_copies_unchanged(qtbot: QtBot, manager: LanguageManager, copy: Copy, lang: str,
                                             shown: str) -> None:
    box = a_box(qtbot, manager, lang, QDate(2023, 12, 5))
    assert box.text() == shown
    box.lineEdit().selectAll()
    assert copy(box) == shown
    box.setSelectedSection(DigitDateEdit.Section.MonthSection)
    assert copy(box) == shown.split(" ", 1)[1].rsplit(" ", 1)[0]


def test_cut_gives_the_date_shown(qtbot: QtBot, manager: LanguageManager) -> None:
    box = a_box(qtbot, manager, "ckb", QDate(2023, 11, 5))
    box.lineEdit().selectAll()
    QTest.keyClick(box, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert clipboard() == "5ی تشرینی دووەمی 2023"


def type_month(box: DigitDateEdit, name: str, day: str = "5") -> None:
    """Letter by letter into the selected month: after each, the box shows what was typed."""
    for at in range(1, len(name) + 1):
        type_text(box, name[at - 1])
        assert box.text().replace(PAD, "").startswith(f"{day}ی {name[:at]}"), (at, box.text())


@pytest.mark.parametrize("digits", ["latn", "arab"])
@pytest.mark.parametrize("before", [QDate(2023, 11, 5), QDate(2023, 12, 5), QDate(2023, 3, 5)])
def test_december_typed_as_it_is_spelt(qtbot: QtBot, manager: LanguageManager, before: QDate, digits: Digits) -> None:
    box = a_box(qtbot, manager, "ckb", before, digits)
    key(box, Qt.Key.Key_Tab)
    assert box.currentSection() == DigitDateEdit.Section.MonthSection
    type_month(box, RIGHT, apply_digits("5", digits))
    assert box.date() == QDate(2023, 12, 5)  # taken with its last letter, as any other month
    assert box.currentSection() == DigitDateEdit.Section.YearSection  # and on to the year
    assert box.text() == apply_digits(f"5ی {RIGHT}ی 2023", digits)
    type_text(box, "2020")  # the year still reads as a year after the longer name
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2020, 12, 5)
    assert box.text() == apply_digits(f"5ی {RIGHT}ی 2020", digits)


def test_a_letter_typed_wrong_taken_back(qtbot: QtBot, manager: LanguageManager) -> None:
    """Backspace in the letters Qt does not know, then the name typed on."""
    box = a_box(qtbot, manager, "ckb", QDate(2023, 11, 5))
    key(box, Qt.Key.Key_Tab)
    type_month(box, RIGHT[:10])
    type_text(box, "ش")  # not a month's next letter: refused
    assert box.text().replace(PAD, "").startswith(f"5ی {RIGHT[:10]}ی")
    key(box, Qt.Key.Key_Backspace)
    assert box.text().replace(PAD, "").startswith(f"5ی {RIGHT[:9]}ی")
    type_text(box, RIGHT[9:])
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2023, 12, 5)
    assert box.text() == f"5ی {RIGHT}ی 2023"


def test_january_typed(qtbot: QtBot, manager: LanguageManager) -> None:
    """January has a space in its name too; it was refused there."""
    box = a_box(qtbot, manager, "ckb", QDate(2023, 11, 5))
    key(box, Qt.Key.Key_Tab)
    type_month(box, JANUARY)
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2023, 1, 5)


def test_qts_spelling_typed_is_taken(qtbot: QtBot, manager: LanguageManager) -> None:
    box = a_box(qtbot, manager, "ckb", QDate(2023, 11, 5))
    key(box, Qt.Key.Key_Tab)
    type_text(box, WRONG)
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2023, 12, 5)
    assert box.text() == f"5ی {RIGHT}ی 2023"


def test_a_space_between_day_month_and_year_still_steps_on(qtbot: QtBot, manager: LanguageManager) -> None:
    """After a whole month name a space goes to the year, as before."""
    box = a_box(qtbot, manager, "ckb", QDate(2023, 11, 5))
    key(box, Qt.Key.Key_Tab)
    type_text(box, "ئایار")
    type_text(box, " ")
    assert box.currentSection() == DigitDateEdit.Section.YearSection
    type_text(box, "2021")
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2021, 5, 5)


def test_english_month_typed_as_before(qtbot: QtBot, manager: LanguageManager) -> None:
    box = a_box(qtbot, manager, "en", QDate(2023, 11, 5))
    key(box, Qt.Key.Key_Tab)
    qtbot.keyClicks(box, "December")
    settle()
    assert box.currentSection() == DigitDateEdit.Section.YearSection
    qtbot.keyClicks(box, "2020")
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2020, 12, 5)
    assert box.text() == "5 December 2020"


def test_arabic_month_typed_as_before(qtbot: QtBot, manager: LanguageManager) -> None:
    box = a_box(qtbot, manager, "ar", QDate(2023, 11, 5))
    key(box, Qt.Key.Key_Tab)
    type_text(box, "أيار")
    type_text(box, " ")  # on to the year
    assert box.currentSection() == DigitDateEdit.Section.YearSection
    type_text(box, "2020")
    key(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2020, 5, 5)
    assert box.text() == "5 أيار 2020"
