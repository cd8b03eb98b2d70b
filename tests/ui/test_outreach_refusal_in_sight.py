"""An outreach record refused at 20 points on a 1366x768 laptop at 150 %: its line is in sight.

There the Outreach form stands under its list and the page scrolls; the refusal's line is under Add
outreach, and the box to put right (the date) is given the keyboard, higher up. The line stayed below
the page's edge, its lines taller than the page counted them: the person saw the focus move and
nothing said why (found by hp8)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import in_view, main_window_on_screen


def _outreach_tab(window: Any, qtbot: QtBot) -> Any:
    window.go_to("recommendations")
    window.ctx.tasks.wait(10_000)
    page = window.current_page()
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.outreach_panel.built)
    settle()
    return page


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_refusal_of_a_date_after_today_is_in_sight(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                       qtbot: QtBot, lang: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, demo_store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    page: Any = None
    try:
        page = _outreach_tab(window, qtbot)
        page.o_title.insert("لقاء مع المفوضية")
        page.o_date.setDate(QDate.currentDate().addDays(3))
        page.o_add.click()
        qtbot.waitUntil(lambda: page.o_error.text() != "", timeout=10_000)
        qtbot.waitUntil(lambda: in_view(page.o_error), timeout=5_000)
        assert page.o_date.hasFocus() or not window.isActiveWindow()  # the date to put right has the keyboard
    finally:
        if page is not None:
            page.o_title.clear()  # nothing typed left to ask about as the window closes
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
def test_the_refusal_of_a_typed_organisation_is_in_sight(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                         qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused before anything is sent (a name typed that is no organisation's): the same line, in sight."""
    window = main_window_on_screen(manager, demo_store, qtbot, "ar", 20.0, (910, 512), monkeypatch)
    page: Any = None
    try:
        page = _outreach_tab(window, qtbot)
        page.o_title.insert("لقاء مع المفوضية")
        page.o_org.setEditText("منظمة لا وجود لها")
        page.o_add.click()
        assert page.o_error.text() != ""
        qtbot.waitUntil(lambda: in_view(page.o_error), timeout=5_000)
    finally:
        if page is not None:
            page.o_title.clear()  # nothing typed left to ask about as the window closes
            page.o_org.setEditText("")
        manager.set_font_size(None)
