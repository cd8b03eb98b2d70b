"""A date box's text copied is the text shown.

A Kurdish date box carries an invisible word joiner after its month name (desktop/i18n/month_box.py):
Ctrl+C and the context menu's Copy put it on the clipboard, and a user pasting the date into a document
or a chat got an invisible character with it. Arabic and English boxes copy as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.i18n.digits import Digits
from desktop.i18n.month_box import PAD
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_ckb_december_date_box import RIGHT, WRONG, key

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
