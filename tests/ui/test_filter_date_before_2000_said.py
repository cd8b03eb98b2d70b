"""Sessions → From/To: a year before 2000 typed into a filter date is said under the dates.

A coordinator looking for old roundtables typed a day and "1999" into From: the box takes no year
before 2000 (its first date stands for "any"), refused the 1 without a word, showed "999" as the rest
was typed, and Tab put this year back; the list was filtered from this year and nothing said why. The
date box says a refused year (yearTooEarly), as the session editors already show; the page now puts
one translated line under the dates, which goes once a date is taken."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.ui.context import AppContext
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import (  # noqa: F401  (fixtures, used by name)
    ctx,
    demo_store,
    isolated_settings,
    language,
    settle,
    store,
    user_name,
)

T = QApplication.translate


def typed(box: DigitDateEdit, day: str, year: str) -> None:
    """The day typed, Tab over the month, the year typed, then Tab out, as a person does."""
    box.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    for part in (day, "", year):
        for ch in part:
            type_text(box, ch)
        QTest.keyClick(box, Qt.Key.Key_Tab)
        settle()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
@pytest.mark.parametrize("which", ["date_from", "date_to"])
def test_a_year_before_2000_is_said_under_the_filter_dates(ctx: AppContext, lang: str, which: str) -> None:  # noqa: F811
    ctx.language.set_language(lang)
    page = SessionsPage(ctx)
    page.show()
    page.activateWindow()
    settle()
    box = getattr(page, which)
    assert isinstance(box, DigitDateEdit)
    typed(box, "1", "1999")
    line = T("SessionsPage", "No session is dated before 2000: type a year from 2000 on.")
    assert page.dates_error.error() == line, page.dates_error.error()
    assert page.dates_error.isVisible()
    assert box.date().year() == QDate.currentDate().year()  # the box kept a year it can take
    typed(box, "1", "2025")  # put right: the line goes
    assert box.date().year() == 2025
    assert page.dates_error.error() == ""
    page.close()
