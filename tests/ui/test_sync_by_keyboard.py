"""The Sync page by keyboard, at the centre and on a laptop: once round its Tab chain, every stop is
something to read or press, never the scrolling frame around the page (nameless: a screen reader
says only "scroll area"), as the consent form's and the recommendation view's were. The page is
shorter than its contents here, so it scrolls: each stop is brought into view as Tab reaches it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui_helpers import focused

team = team_fixture(devices=1)


def tab_stops(page: SyncPage, qtbot: QtBot) -> list[QWidget]:
    """Every widget Tab reaches, once round the chain from the first one; each is brought into view
    by the page's scroll area as Tab reaches it."""
    page.activateWindow()
    page.setFocus()
    page.focusNextChild()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = focused()
    seen = [first]
    for _ in range(150):  # a date or spin box may take Tab for its parts
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        now = focused()
        if now is first:
            break
        if now not in seen:
            seen.append(now)
        viewport = page.scroller.viewport()
        if page.scroller.isAncestorOf(now):
            corner = now.mapTo(viewport, now.rect().topLeft())
            assert viewport.rect().intersects(now.rect().translated(corner)), type(now).__name__
    return seen


@pytest.mark.parametrize("where", ["centre", "laptop"])
def test_tab_stops_only_on_what_can_be_read_or_pressed(team: Team, qtbot: QtBot, make_ctx: Any, where: str) -> None:
    store = team.centre if where == "centre" else team.devices[0]
    page = open_page(make_ctx(store), qtbot, size=(1000, 500), shown=False, identity=team.identity_file)
    with qtbot.waitExposed(page):
        page.show()
    assert page.is_coordinator_view() is (where == "centre")
    if where == "centre":  # a coordinator's page holds the most: it scrolls at this height
        assert page.scroller.verticalScrollBar().maximum() > 0
    seen = tab_stops(page, qtbot)
    assert len(seen) > 2, [type(w).__name__ for w in seen]
    frames = [type(w).__name__ for w in seen if isinstance(w, QAbstractScrollArea) and not w.accessibleName()]
    assert frames == []
    nameless = [type(w).__name__ for w in seen if not isinstance(w, QTabBar)
                and not (w.accessibleName() or getattr(w, "text", lambda: "")())]
    assert nameless == []
