"""The recommendation beside the list fits its room at the window's first size (1180 x 760).

The box listing the chosen code's segments sized itself to their words (up to 90 characters): the
view's body grew wider than the room beside the list in every language, a horizontal scroll bar
appeared and the fields were cut off at one side, in a right-to-left screen the start of the English
title and text ("etric voter cards only")."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.demo_stores import demo_store_fixture
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

# The demo's five sessions (seed 1): a copy of them generated once per process (tests/demo_stores.py).
store = demo_store_fixture(sessions=5, seed=1)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_view_needs_no_horizontal_scrolling(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                lang: str) -> None:
    window = main_window(manager, store, qtbot, lang)
    page = cast(RecommendationsPage, dict(window.build_all_pages())["recommendations"])  # built behind the first page, as at start-up
    qtbot.waitUntil(lambda: len(page.list_model.rows) > 0, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(0, 1))
    view = page.view
    qtbot.waitUntil(lambda: view.current is not None and view.segment_combo.count() > 0, timeout=10_000)
    window.go_to("recommendations")  # first shown with its boxes filled
    settle()
    longest = max(len(view.segment_combo.itemText(i)) for i in range(view.segment_combo.count()))
    assert longest > 60  # the demo's segments are long enough to have widened the box
    assert view.layoutDirection() == (Qt.LayoutDirection.LeftToRight if lang == "en" else Qt.LayoutDirection.RightToLeft)
    assert view.widget().width() <= view.viewport().width(), (view.widget().width(), view.viewport().width())
    assert not view.horizontalScrollBar().isVisible()
    for field in view.fields.values():  # each field wholly in sight across the view
        left = field.mapTo(view.viewport(), QPoint(0, 0)).x()
        assert left >= 0 and left + field.width() <= view.viewport().width(), (left, field.width())
