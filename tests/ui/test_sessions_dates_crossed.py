"""The Sessions list filtered From a date after its To date says why it is empty.

No session can be dated both on or after the From date and on or before an earlier To date: the
list emptied and its count said "0 sessions" as if none had been held. A line under the dates now
says the From date is after the To date, in the interface's language; it goes once either date is
moved back in order (or back to "any"), and the list fills again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

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


def loaded(page: SessionsPage, qtbot: QtBot, action: object = None) -> None:
    before = page.loads
    if callable(action):
        action()
    qtbot.waitUntil(lambda: page.loads > before, timeout=5000)
    settle()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_from_after_to_is_said(ctx: AppContext, qtbot: QtBot, lang: str) -> None:  # noqa: F811
    ctx.language.set_language(lang)
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0, timeout=5000)
    settle()
    everyone = page.model.rowCount()
    assert everyone > 0
    assert page.dates_error.isHidden() and not page.dates_error.error()

    loaded(page, qtbot, lambda: page.date_from.setDate(QDate(2030, 6, 1)))
    loaded(page, qtbot, lambda: page.date_to.setDate(QDate(2030, 1, 1)))
    assert page.model.rowCount() == 0
    said = page.dates_error.error()
    assert said and page.dates_error.isVisible()
    assert "\n" not in said and "Traceback" not in said
    if lang == "en":
        assert "after" in said
    else:  # translated, not the English words
        assert not any("a" <= ch.lower() <= "z" for ch in said), said
    assert page.dates_error.accessibleName() == said

    # The To date put back to "any": nothing crossed any more, the line goes, the list fills.
    loaded(page, qtbot, lambda: page.date_to.setDate(NO_DATE))
    assert page.dates_error.isHidden() and not page.dates_error.error()
    loaded(page, qtbot, lambda: page.date_from.setDate(NO_DATE))
    assert page.model.rowCount() == everyone


def test_same_day_is_not_crossed(ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    ctx.language.set_language("en")
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0, timeout=5000)
    loaded(page, qtbot, lambda: page.date_from.setDate(QDate(2024, 3, 3)))
    loaded(page, qtbot, lambda: page.date_to.setDate(QDate(2024, 3, 3)))
    assert page.dates_error.isHidden()


def test_line_follows_a_language_switch(ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    ctx.language.set_language("en")
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0, timeout=5000)
    loaded(page, qtbot, lambda: page.date_to.setDate(QDate(2024, 1, 1)))
    loaded(page, qtbot, lambda: page.date_from.setDate(QDate(2024, 2, 1)))
    english = page.dates_error.error()
    assert english
    ctx.language.set_language("ar")
    settle()
    qtbot.waitUntil(lambda: page.dates_error.error() != english, timeout=5000)
    assert page.dates_error.error() and page.dates_error.isVisible()
