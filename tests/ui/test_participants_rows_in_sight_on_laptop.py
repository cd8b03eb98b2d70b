"""The Participants page at 20 points on a laptop screen (895 × 424): the search, the governorate and the
count took two lines above the list (106 of the frame's 322 pixels) and Withdraw consent… one below it,
and one participant row was in sight without scrolling (the list's 50-pixel rows under a 50-pixel
heading and a sideways scroll bar). Where the page is short the search, the governorate and the count
now fold behind a "Filters" button beside Withdraw consent… that says how many are on (the Sessions
page's fold, desktop/ui/widgets/filter_fold.py); at least three participants are in sight in Arabic,
Kurdish and English, and the filters are a Tab and a Space away. At the usual size on a large screen
nothing is hidden. The demo database, the main window as the app shows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings  # noqa: F401
from tests.ui_helpers import (
    cut_in_scroll_area,
    list_page_on_screen,
    page_scrolls,
    rows_in_sight,
    whole_in_frame,
)

LAPTOP = (895, 424)


def _page(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, size: float | None,
          screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> ParticipantsPage:
    page = list_page_on_screen(manager, store, qtbot, lang, size, screen, monkeypatch, "participants")
    assert isinstance(page, ParticipantsPage)
    return page


def _rows_in_sight(page: ParticipantsPage) -> int:
    return rows_in_sight(page, page.view)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_three_participants_in_sight_at_20_points_on_a_laptop(lang: str, manager: LanguageManager,
                                                             demo_store: Store, qtbot: QtBot,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        page = _page(manager, demo_store, qtbot, lang, 20.0, LAPTOP, monkeypatch)
        assert _rows_in_sight(page) >= 3, _rows_in_sight(page)  # before: 1 in each language
        toggle = page.filters_toggle
        assert toggle.isVisible() and not page.search.isVisible() and not page.governorate.isVisible()
        assert toggle.text() == page.tr("Filters")
        # The button stands beside Withdraw consent…, and comes before it by Tab, after the list.
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_Tab)
        assert page.focusWidget() is toggle
        qtbot.keyClick(toggle, Qt.Key.Key_Tab)
        assert page.focusWidget() is page.withdraw_button
        # Space opens the filters (the search, the governorate, the count) and the keyboard goes to the
        # search it showed (before: on to Withdraw consent… by Tab, the search reached back through the list).
        toggle.setFocus()
        qtbot.keyClick(toggle, Qt.Key.Key_Space)
        assert page.search.isVisible() and page.governorate.isVisible() and page.count_label.isVisible()
        assert page.focusWidget() is page.search
        qtbot.keyClick(page.search, Qt.Key.Key_Tab)
        assert page.focusWidget() is page.governorate
        page.governorate.setCurrentIndex(1)
        page.search.setText("x")
        page.apply_filter()
        qtbot.keyClick(toggle, Qt.Key.Key_Space)  # closed again: the button says two are on
        assert not page.search.isVisible() and not page.governorate.isVisible()
        assert page.tr("Filters (%1 on)").replace("%1", manager.format_number(2)) == toggle.text()
        assert toggle.text() in toggle.accessibleName()
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
def test_on_a_large_screen_the_filters_stay_in_sight(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                     qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(manager, demo_store, qtbot, "ar", None, (1180, 760), monkeypatch)
    assert page.search.isVisible() and page.governorate.isVisible() and page.count_label.isVisible()
    assert not page.filters_toggle.isVisible()


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_two_participants_in_sight_with_the_filters_open_at_20_points(
        lang: str, manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened, the search and the governorate with the count took two lines (106 of the frame's 322
    pixels) and one participant was in sight. They scroll in an area of their own (filter_area): the
    search's line in sight, two participants below it, nothing cut across, and Tab to the governorate
    brings its line into sight. The count stands under the list, in sight throughout (in the area, on
    the governorate's line or a third, it was scrolled out of sight)."""
    try:
        page = _page(manager, demo_store, qtbot, lang, 20.0, LAPTOP, monkeypatch)
        toggle = page.filters_toggle
        toggle.setFocus()
        qtbot.keyClick(toggle, Qt.Key.Key_Space)
        qtbot.wait(50)
        assert page.focusWidget() is page.search
        assert _rows_in_sight(page) >= 2, _rows_in_sight(page)  # before: 1 in each language
        assert page_scrolls(page) == 0, page_scrolls(page)
        assert whole_in_frame(page, page.search) and whole_in_frame(page, page.search_label)
        fields = [page.search, page.search_label, page.governorate, page.governorate_label]
        assert not cut_in_scroll_area(page.filter_area, fields)
        assert whole_in_frame(page, page.count_label)
        assert whole_in_frame(page, toggle) and whole_in_frame(page, page.withdraw_button)
        # The area stands above the list, not over its header (English: drawn 25 pixels low, over the
        # header's words, its minimum height left above its maximum by a fit inside a fit).
        area, view = page.filter_area, page.view
        assert area.minimumHeight() == area.maximumHeight() == area.height(), (area.minimumHeight(), area.maximumHeight())
        assert area.geometry().bottom() < view.geometry().top(), (area.geometry(), view.geometry())
        qtbot.keyClick(page.search, Qt.Key.Key_Tab)
        assert page.focusWidget() is page.governorate
        qtbot.waitUntil(lambda: whole_in_frame(page, page.governorate))
        assert whole_in_frame(page, page.governorate_label)
        assert not cut_in_scroll_area(page.filter_area, fields)
        assert whole_in_frame(page, page.count_label)
        assert _rows_in_sight(page) >= 2
        # On from the governorate: the list, then the Filters button (the order the test above reads closed).
        qtbot.keyClick(page.governorate, Qt.Key.Key_Tab)
        assert page.focusWidget() is page.view
        qtbot.keyClick(page.view, Qt.Key.Key_Tab)
        assert page.focusWidget() is toggle
    finally:
        manager.set_font_size(None)
