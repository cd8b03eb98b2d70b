"""The Recommendations tab at a larger text size on a small screen: each recommendation's title whole in
the list, the page within the window's width.

At 20 points on a 1366x768 laptop at 150 % (895x424 logical pixels for the window) the list and the
recommendation beside it asked 702 pixels at least in a page 613 wide (English) or 708 (Kurdish): the
page scrolled sideways, the recommendation's fields cut at its edge, and the list's title column had
90 to 100 pixels, each title cut to a word ("Bio…", "تەنها ک…"). Now the list goes above the
recommendation where the two do not fit side by side (the page scrolls down instead), and a title goes
on to more lines between its words, its row as tall as they are. With room they stand side by side.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QTableView
from pytestqt.qtbot import QtBot

from desktop.core import recommendations
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150, NETBOOK, text_fits
from tests.ui_helpers import main_window_on_screen

LONG = {"title_en": "Independent observers admitted to every counting centre before the polls close",
        "title_ar": "السماح للمراقبين المستقلين بدخول كل مراكز العد قبل إغلاق صناديق الاقتراع",
        "title_ckb": "ڕێگەدان بە چاودێرە سەربەخۆکان بۆ چوونە ناو هەموو بنکەکانی ژماردن پێش داخستنی سندوقەکان"}
DESK = (1180, 760)  # the window as it opens on a larger screen, at the usual text size


def _page(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, size: float | None,
          screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> Any:
    with store.session() as s:
        recommendations.create(s, LONG, date=dt.date(2023, 3, 1))
        s.commit()
    window = main_window_on_screen(manager, store, qtbot, lang, size, screen, monkeypatch)
    window.go_to("recommendations")
    window.ctx.tasks.wait(10_000)
    page: Any = window.current_page()
    qtbot.waitUntil(lambda: page.list_model.rowCount() > 4, timeout=10_000)
    settle()
    settle()
    assert window.width() <= screen[0]
    return page


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size", "screen"), [("en", 20.0, LAPTOP_150), ("ckb", 20.0, LAPTOP_150),
                                                      ("ar", 20.0, LAPTOP_150), ("en", 24.0, NETBOOK),
                                                      ("ckb", 24.0, NETBOOK), ("ar", 18.0, LAPTOP_150)])
def test_every_title_shows_whole_and_the_page_fits(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                   qtbot: QtBot, lang: str, size: float, screen: tuple[int, int],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        page = _page(manager, demo_store, qtbot, lang, size, screen, monkeypatch)
        frame = page.parentWidget().parentWidget()
        assert isinstance(frame, QScrollArea)
        assert page.minimumSizeHint().width() <= frame.viewport().width(), (
            page.minimumSizeHint().width(), frame.viewport().width())
        assert not frame.horizontalScrollBar().isVisible()  # the page does not scroll sideways
        table: QTableView = page.list
        assert not table.horizontalScrollBar().isVisible()
        title = 1
        cut = []
        for row in range(page.list_model.rowCount()):
            index = page.list_model.index(row, title)
            table.scrollTo(index)
            settle()
            fits, said = text_fits(table, index)
            if not fits:
                cut.append(said)
            assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()  # whole in its tooltip too
        assert not cut, cut
        # Three rows of a line at least in sight, and the recommendation below or beside it not a sliver.
        assert table.viewport().height() >= 3 * table.verticalHeader().defaultSectionSize()
        splitter = table.parentWidget().parentWidget()
        assert isinstance(splitter, QSplitter)
        assert splitter.sizes()[1] >= 6 * table.fontMetrics().lineSpacing(), splitter.sizes()
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_with_room_the_list_stands_beside_the_recommendation(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                             qtbot: QtBot, lang: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(manager, demo_store, qtbot, lang, None, DESK, monkeypatch)
    splitter = page.list.parentWidget().parentWidget()
    assert isinstance(splitter, QSplitter)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    frame = page.parentWidget().parentWidget()
    assert not frame.horizontalScrollBar().isVisible() and not frame.verticalScrollBar().isVisible()
