"""A recommendation's status dated in the future (2062 typed for 2026).

Before, it was taken: the status with the latest date is the current one, so the recommendation read
"adopted" in the list and in its evidence brief before anyone adopted it. And the note and source
typed with a status were cleared before it was stored, so a refused status lost them. Now a
status dated after today is refused with one translated line, nothing stored, the note and source
kept; dated today it is added and the fields are emptied.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import recommendations
from desktop.core.models import RecommendationStatus
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture
from tests.recommendations_page import recommendations_demo_store, recommendations_page

ctx = coder_context_fixture()
store = recommendations_demo_store()  # the page's demo, a copy of one generated once per process
AHEAD = "A status cannot be dated in the future: give the date it happened."


def _statuses(ctx: AppContext, rec_id: str) -> list[tuple[str, dt.date]]:
    with ctx.store.session() as s:
        return sorted((r.status, r.date) for r in s.scalars(select(RecommendationStatus).where(
            RecommendationStatus.recommendation_id == rec_id, RecommendationStatus.deleted.is_(False))))


def test_a_status_dated_ahead_is_refused(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, str(ctx.language.language), demo_in_store=True) as page:
        view = page.view
        rec_id = view.rec_id
        assert rec_id is not None
        before = _statuses(ctx, rec_id)
        view.status_combo.setCurrentIndex(view.status_combo.findData("adopted"))
        today = dt.date.today()
        view.status_date.setDate(QDate(today.year + 36, today.month, 1))
        view.status_note.setText("صوّت المجلس عليها")
        view.status_source.setText("محضر الجلسة ٤")
        view.add_status_button.click()
        assert ctx.tasks.drain(10_000)
        qtbot.waitUntil(lambda: view.status_error.error() != "")  # under Add status (test_status_refusal_where_acted)
        assert view.status_error.error() == view.tr(AHEAD)
        assert _statuses(ctx, rec_id) == before
        assert (view.status_note.text(), view.status_source.text()) == ("صوّت المجلس عليها", "محضر الجلسة ٤")

        view.status_date.setDate(QDate(today.year, today.month, today.day))
        view.add_status_button.click()
        assert ctx.tasks.drain(10_000)
        qtbot.waitUntil(lambda: ("adopted", today) in _statuses(ctx, rec_id))
        assert (view.status_note.text(), view.status_source.text()) == ("", "")


def test_the_core_refuses_it_too(ctx: AppContext) -> None:
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "كوتا نسائية"})
        with pytest.raises(recommendations.RecommendationError) as refused:
            recommendations.add_status(s, rec.id, "adopted", date=dt.date.today() + dt.timedelta(days=1))
        assert refused.value.code == "future_date"
        row = recommendations.add_status(s, rec.id, "endorsed", date=dt.date.today())
        with pytest.raises(recommendations.RecommendationError):
            recommendations.edit_status(s, row.id, {"date": dt.date.today() + dt.timedelta(days=400)})
