"""An outreach record dated after today (a meeting planned, or "2052" typed for "2025") is refused: a
meeting not held yet is not outreach done, and the Network tab counted it, its reach too, as if it had
happened. Refused in one line under Add outreach, nothing stored, the title kept and the date box
focused to put right; the core refuses it too (code future_date), as it refuses a date before 2000."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import outreach
from desktop.core.models import OutreachEvent
from desktop.ui.context import AppContext
from tests.recommendations_page import recommendations_page


def _count(ctx: AppContext) -> int:
    with ctx.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(OutreachEvent)
                            .where(OutreachEvent.deleted.is_(False))) or 0)


def test_an_outreach_dated_tomorrow_is_refused(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, "ar", focusable=True) as page:
        page.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.outreach_panel.built)
        before = _count(ctx)
        page.o_title.insert("لقاء مع المفوضية")
        page.o_reach.setValue(40)
        page.o_date.setDate(QDate.currentDate().addDays(1))
        page.o_title.setFocus()
        qtbot.mouseClick(page.o_add, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.o_error.text() != "", timeout=10_000)
        said = page.o_error.text()
        assert "\n" not in said
        assert said == QCoreApplication.translate(
            "RecommendationsPage", "An outreach record cannot be dated after today: record a meeting once it "
            "has taken place.")
        assert _count(ctx) == before  # nothing stored
        assert page.o_title.text() == "لقاء مع المفوضية"  # kept, to be put right
        qtbot.waitUntil(page.o_date.hasFocus, timeout=5_000)
        # Today is outreach done: added, the line gone.
        page.o_date.setDate(QDate.currentDate())
        qtbot.mouseClick(page.o_add, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _count(ctx) == before + 1, timeout=10_000)
        qtbot.waitUntil(lambda: page.o_error.text() == "", timeout=10_000)


def test_the_core_refuses_a_date_after_today(ctx: AppContext) -> None:
    today = dt.date.today()
    with ctx.store.transaction() as s:
        with pytest.raises(outreach.OutreachError) as refused:
            outreach.create(s, {"kind": "meeting", "title": "لقاء", "date": today + dt.timedelta(days=1)})
        assert refused.value.code == "future_date"
        event: Any = outreach.create(s, {"kind": "meeting", "title": "لقاء", "date": today})
        with pytest.raises(outreach.OutreachError) as moved:
            outreach.update(s, event.id, {"date": dt.date(today.year + 27, 1, 1)})
        assert moved.value.code == "future_date"
