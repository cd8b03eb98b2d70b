"""The sessions list page and its lazily loaded model, with 12,000 sessions."""

from __future__ import annotations

import datetime as dt
import random
import time
from typing import cast

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import Table

from desktop.core.ids import new_id
from desktop.core.models import Session
from desktop.core.reference import GOVERNORATES
from desktop.core.sessions import LIST_COLUMNS
from desktop.ui.labels import sessions as labels
from desktop.ui.sessions.list_model import CHUNK, SessionListModel
from desktop.ui.sessions.page import SessionsPage

N = 12_000


@pytest.fixture
def user_name() -> str:
    return ""


def bulk_sessions(store, n: int = N) -> None:  # type: ignore[no-untyped-def]
    """Core bulk insert: fast, and (on purpose) outside the change log: this is test scaffolding."""
    rng = random.Random(3)
    rows = []
    for i in range(n):
        rows.append(
            {
                "id": new_id(),
                "kind": "roundtable" if i % 2 else "focus_group",
                "title": f"Session {i:05d}" + (" budget" if i % 100 == 0 else ""),
                "date": dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(700)),
                "governorate": GOVERNORATES[i % len(GOVERNORATES)].key,
                "venue": "Hall" if i % 7 else "Youth centre",
                "status": "final" if i % 5 == 0 else "draft",
                "created_at": "", "updated_at": "", "origin_device": store.device_id,
                "deleted": False, "versions": {}, "start_time": "", "end_time": "", "language": "ar",
                "facilitator": "", "note_taker": "", "number": i, "summary": "",
            }
        )
    with store.engine.begin() as conn:
        conn.execute(cast(Table, Session.__table__).insert(), rows)


def test_model_pages_with_12000_sessions(ctx, qtmodeltester):  # type: ignore[no-untyped-def]
    bulk_sessions(ctx.store)
    model = SessionListModel(ctx)
    start = time.perf_counter()
    model.reload()
    assert model.rowCount() == N
    model.data(model.index(0, 1))
    model.data(model.index(N - 1, 1))
    elapsed = time.perf_counter() - start
    assert model.rows_loaded <= 2 * CHUNK  # only the chunks asked for, never the whole table
    assert elapsed < 5  # generous; the real budget is measured in benchmarks/
    dates = [model.row_at(r)["date"] for r in range(50)]
    assert dates == sorted(dates, reverse=True)  # ORDER BY date DESC in SQL
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 1)) == "Session 00000 budget"
    assert model.cached_rows() <= 8 * CHUNK
    qtmodeltester.check(model)


def test_page_filters_sort_and_open(ctx, qtbot):  # type: ignore[no-untyped-def]
    bulk_sessions(ctx.store, 3000)
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    # Every read is on the DB worker (the first one too): the page shows at once, the rows follow.
    assert page.model.rowCount() == 0

    def settled() -> None:  # every filter asked for so far has been read and shown
        qtbot.waitUntil(lambda: not page.ctx.tasks.busy, timeout=10_000)

    settled()
    assert page.model.rowCount() == 3000
    page.kind.setCurrentIndex(page.kind.findData("roundtable"))
    settled()
    assert page.model.rowCount() == 1500
    page.status.setCurrentIndex(page.status.findData("final"))
    settled()
    assert page.model.rowCount() == 300
    page.governorate.setCurrentIndex(page.governorate.findData("basra"))
    settled()
    assert all(page.model.row_at(r)["governorate"] == "basra" for r in range(page.model.rowCount()))
    page.kind.setCurrentIndex(0)
    page.status.setCurrentIndex(0)
    page.governorate.setCurrentIndex(0)
    page.search.setText("budget")
    qtbot.waitUntil(lambda: page.model.rowCount() == 30, timeout=3000)
    page.search.clear()
    page.apply_filter()
    page.date_from.setDate(QDate(2023, 1, 1))
    page.date_to.setDate(QDate(2023, 1, 31))
    settled()
    n = page.model.rowCount()
    assert 0 < n < 3000
    assert all(
        dt.date(2023, 1, 1) <= page.model.row_at(r)["date"] <= dt.date(2023, 1, 31) for r in range(n)
    )
    # Sorting by clicking the header goes through model.sort → ORDER BY.
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    titles = [page.model.row_at(r)["title"] for r in range(n)]
    assert titles == sorted(titles)
    # Enter on a row opens it.
    page.show()
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(page.openSession, timeout=1000) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == [page.model.session_id(2)]


def test_dates_follow_language_and_digits(ctx, qtbot):  # type: ignore[no-untyped-def]
    from desktop.core import sessions as svc

    svc.create_session(ctx.store, "roundtable", title="x", date=dt.date(2023, 3, 9), governorate="erbil")
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    ctx.language.set_language("ckb")
    ctx.language.set_digits("arab")
    page.apply_filter()
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    date_text = page.model.data(page.model.index(0, 0))
    assert "٢٠٢٣" in date_text
    assert page.model.data(page.model.index(0, 3)) == "هەولێر"
    ctx.language.set_digits("latn")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_column_titles_are_the_session_field_names(ctx, manager, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The list's column titles are the words the editors and the audit trail use (labels.field),
    translated in both languages: one translation for each of them, not a second copy."""
    manager.set_language(lang)
    model = SessionListModel(ctx)
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert titles == [labels.field(c) for c in LIST_COLUMNS]
    assert not set(titles) & {"Date", "Title", "Kind", "Governorate", "Venue", "Status"}
