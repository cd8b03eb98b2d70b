"""A date typed in, part by part, with Tab between the parts, as the help says (Tab goes from the day to
the month, then the year): the focus group's «١٢» Tab «أيلول» Tab «٢٠٢٦» Tab gives 12 September 2026, and
the start time after it is left for the time.

Qt goes on to the next part by itself once a part is typed whole (a day of two digits, a month's name):
the Tab pressed after it then skipped a part. The month was typed into the year (nothing happened), the
year into the start time and each next value into the field before its own (the end time held the start
time, the governorate list swallowed the end time), none of it said. A Tab right after such a step is
now the step itself; a day of one digit (which a second may follow) still needs the Tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.focus_group.header import FocusGroupHeader
from desktop.ui.qt_i18n import LanguageManager
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import focused

TYPED = {
    "ar": ("١٢", "أيلول", "٢٠٢٦", "١٠:٠٠"),
    "ckb": ("١٢", "ئەیلوول", "٢٠٢٦", "١٠:٠٠"),
    "en": ("12", "September", "2026", "10:00"),
}


def header(manager: LanguageManager, qtbot: QtBot, lang: str) -> FocusGroupHeader:
    manager.set_language(lang)
    manager.set_digits("latn" if lang == "en" else "arab")
    form = FocusGroupHeader(lang)
    form.date.setDate(QDate(2026, 1, 20))  # a new session's: the day it was made
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.texts["title"].setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    return form


def tab() -> None:
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    settle()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_day_tab_month_tab_year_tab(manager: LanguageManager, qtbot: QtBot, lang: str) -> None:
    form = header(manager, qtbot, lang)
    day, month, year, start = TYPED[lang]
    tab()
    assert focused() is form.date
    for part in (day, month, year):
        type_text(focused(), part)
        tab()
    assert focused() is form.texts["start_time"], type(focused()).__name__
    type_text(focused(), start)
    values = form.values()
    assert values["date"] == QDate(2026, 9, 12).toPython()
    assert values["start_time"] == "10:00"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_day_of_one_digit_still_takes_the_tab(manager: LanguageManager, qtbot: QtBot, lang: str) -> None:
    form = header(manager, qtbot, lang)
    tab()
    type_text(focused(), "٢" if lang == "ar" else "2")  # 2 or 2x: Qt waits on the day
    tab()
    assert focused() is form.date
    assert form.date.currentSection() == form.date.Section.MonthSection
    type_text(focused(), "أيلول" if lang == "ar" else "September")
    tab()
    assert form.date.currentSection() == form.date.Section.YearSection
    tab()
    assert focused() is form.texts["start_time"]
    assert (form.date.date().day(), form.date.date().month()) == (2, 9)
