"""The recommendation view beside the list fits the main window at its first size, in every
language: its status row (status, date, source, note, add, remove) was wider than the view, so the
buttons sat behind a horizontal scroll bar and the fields were cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.page_stack import _frame_of
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.ui.test_codebook_on_laptop import LAPTOP_150
from tests.ui_helpers import main_window_on_screen


@pytest.fixture
def field_store(tmp_path: Path) -> Iterator[Store]:
    store = fresh_store(tmp_path / "field.db", PASSPHRASE, "لاپتۆپی هەولێر")
    demo.generate(store, sessions=3, seed=4)
    yield store
    store.close()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_view_fits_without_a_horizontal_scroll_bar(lang: str, field_store: Store, manager: LanguageManager,
                                                       qtbot: QtBot) -> None:
    manager.set_language(lang)
    window = MainWindow(make_context(field_store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1180, 760)  # its first size on a screen with room for it (the test's offscreen one is 800 wide)
    window.show()
    window.go_to("recommendations")
    page = window.current_page()
    assert isinstance(page, RecommendationsPage)
    view = page.view  # built now if the page had not built it yet
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 0)
    QApplication.processEvents()
    assert view.widget().minimumSizeHint().width() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    for button in (view.add_status_button, view.remove_status_button):  # whole, left to right
        left = button.mapTo(view.viewport(), button.rect().topLeft()).x()
        assert left >= 0 and left + button.width() <= view.viewport().width()
    window.ctx.tasks.wait(10_000)
    window.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_page_scrolls_only_in_the_recommendation_not_as_a_whole(
        lang: str, field_store: Store, manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a 1366x768 laptop at 150 %, once Advocacy activities had been looked at, the Recommendations tab
    asked for the room of that tab (Qt's tabs ask for the largest of all, shown or not): the whole page
    scrolled, a scroll bar beside the recommendation's own, New recommendation below the fold. The page
    now asks for the room of the tab shown."""
    window = main_window_on_screen(manager, field_store, qtbot, lang, None, LAPTOP_150, monkeypatch)
    window.go_to("recommendations")
    page = window.current_page()
    assert isinstance(page, RecommendationsPage)
    frame = _frame_of(page)
    assert isinstance(frame, QScrollArea)  # the page in its frame, which scrolled it as a whole
    page.tabs.setCurrentWidget(page.outreach_panel)  # looked at: built and laid out
    qtbot.waitUntil(lambda: page.outreach_panel.built)
    QApplication.processEvents()
    activities = page.tabs.minimumSizeHint().height()
    page.tabs.setCurrentIndex(0)
    view = page.view
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 0)
    QApplication.processEvents()
    recommendations = page.tabs.minimumSizeHint().height()
    assert recommendations < activities  # what the Recommendations tab needs, not the activities' room
    assert not frame.verticalScrollBar().isVisible(), (page.minimumSizeHint(), frame.viewport().size())
    top = page.new_button.mapTo(frame.viewport(), page.new_button.rect().topLeft()).y()
    assert page.new_button.isVisible() and top >= 0 and top + page.new_button.height() <= frame.viewport().height()
    window.ctx.tasks.wait(10_000)
    window.close()
