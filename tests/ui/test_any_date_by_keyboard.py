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
