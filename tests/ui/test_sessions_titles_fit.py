"""The Sessions list shows a session's whole title at the main window's own size.

The title column took what five fixed columns left (date 180 px, kind 110, governorate 120, venue
180, status 90): in the 1180-pixel window an Arabic roundtable's title was cut to "طاولة مستديرة
حول قانون انتخابا…", and two roundtables on the same law read the same, while the date column held
"7 April 2023" in half its width. The date, kind, governorate and status columns now fit what they
show (the venue at most 180 px), in the language chosen, and the title takes the rest."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the translations compiled from the .ts files


def _fits(page: SessionsPage) -> bool:
    view = page.view
    return page.model.rowCount() > 0 and view.columnWidth(1) >= view.sizeHintForColumn(1)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_titles_are_whole_in_the_window(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> None:
    demo.generate(store, sessions=6, seed=3, advocacy=False)
    window = main_window(manager, store, qtbot, lang)
    window.go_to("sessions")
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=30_000)
    settle()
    assert window.width() <= 1180  # the window's own size, not a larger one
    view = page.view
    qtbot.waitUntil(lambda: _fits(page), timeout=5_000)
    for column in (0, 2, 3, 5):  # dates, kinds, governorates and statuses whole too
        assert view.columnWidth(column) >= view.sizeHintForColumn(column), (column, view.columnWidth(column))
    assert view.columnWidth(4) <= 180


def test_the_columns_fit_again_after_a_language_switch(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    demo.generate(store, sessions=6, seed=3, advocacy=False)
    window = main_window(manager, store, qtbot, "en")
    window.go_to("sessions")
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=30_000)
    manager.set_language("ckb")  # longer month names, a longer title column wanted
    qtbot.waitUntil(lambda: page.model.rowCount() == 6 and _fits(page) and all(
        page.view.columnWidth(c) >= page.view.sizeHintForColumn(c) for c in (0, 2, 3, 5)), timeout=10_000)
