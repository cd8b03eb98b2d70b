"""The Surveys tab by keyboard: Tab goes down its column of controls in the order they stand, from
"Import a survey export…" at the top to "Link this figure to the recommendation" at the bottom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.recommendations_page import recommendations_demo_store, recommendations_page
from tests.ui_helpers import focused

store = recommendations_demo_store()  # the demo the page shows, a copy per test


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_tab_goes_down_the_column_in_the_order_it_stands(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with recommendations_page(ctx, qtbot, lang, focusable=True, first_shown=False, demo_in_store=True) as page:
        page.tabs.setCurrentIndex(3)
        tab = page.surveys
        qtbot.waitUntil(lambda: tab.question.count() > 0, timeout=20_000)
        column = [tab.import_button, tab.survey, tab.question, tab.group_by, tab.choices, tab.group,
                  tab.recommendation, tab.link_button]
        page.tabs.tabBar().setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tabs.tabBar())
        reached: list[QWidget] = []
        for _ in range(40):
            QTest.keyClick(focused(), Qt.Key.Key_Tab)
            now = focused()
            if now is page.tabs.tabBar() or now in reached:
                break
            reached.append(now)
        in_column = [w for w in reached if w in column]
        assert set(in_column) == set(column)
        tops = [w.mapTo(tab, QPoint(0, 0)).y() for w in in_column]
        assert tops == sorted(tops), [(type(w).__name__, y) for w, y in zip(in_column, tops, strict=True)]
