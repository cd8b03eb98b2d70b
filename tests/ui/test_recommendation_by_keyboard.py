"""The Recommendations tab by keyboard: once round its Tab chain, every stop is something to read,
type in or press, never the scrolling frame around the recommendation (nameless: a screen reader
says only "scroll area")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.recommendations_page import recommendations_demo_store, recommendations_page
from tests.ui_helpers import focused

store = recommendations_demo_store()  # the demo the page shows, a copy per test


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tab_stops_only_on_what_can_be_read_typed_or_pressed(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with recommendations_page(ctx, qtbot, lang, focusable=True, demo_in_store=True) as page:
        page.list.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.list)
        seen: list[QWidget] = []
        for _ in range(120):  # round the chain, back to the list (a date takes Tab for its day, month, year)
            QTest.keyClick(focused(), Qt.Key.Key_Tab)
            now = focused()
            if now is page.list:
                break
            if now not in seen:
                seen.append(now)
        assert page.view.fields["title_ar"] in seen and page.view.unlink_button in seen
        frames = [type(w).__name__ for w in seen
                  if isinstance(w, QAbstractScrollArea) and not w.accessibleName()]  # tables have names
        assert frames == []
        nameless = [type(w).__name__ for w in seen if not isinstance(w, QTabBar)
                    and not (w.accessibleName() or getattr(w, "text", lambda: "")())]
        assert nameless == []
