"""The Outreach form's typed choices (Organisation, Recommendation), as the tests type into them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.core.models import OutreachEvent
from desktop.ui.advocacy.page import RecommendationsPage
from tests.recommendations_page import settle


def type_keys(widget: Any, text: str) -> None:
    for ch in text:  # key by key (qtbot.keyClicks aborts on non-ASCII text)
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
    settle()


def events(ctx: Any, field: str) -> list[list[str]]:
    """Each live outreach record's ``field`` (organisation_ids, recommendation_ids), by title."""
    with ctx.store.session() as s:
        return [list(getattr(e, field) or []) for e in s.scalars(
            select(OutreachEvent).where(OutreachEvent.deleted.is_(False)).order_by(OutreachEvent.title))]


def outreach_tab(ctx: Any, qtbot: Any) -> RecommendationsPage:
    """The Recommendations page on its Outreach tab, built and shown, in the language set."""
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.outreach_panel.built)
    return page
