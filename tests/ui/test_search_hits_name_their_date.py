"""Search names each hit's session with its date, as Retrieval does.

Focus groups are often titled alike ("Basra youth", held in March and again in April): the Search
tab's Where column gave the title only, and the hits of two sessions read as hits of one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.models import Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports import common
from desktop.ui.reports.page import ReportsPage

TITLE = "شباب البصرة"
DAYS = (dt.date(2024, 3, 5), dt.date(2024, 4, 9))


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_two_sessions_titled_alike_are_told_apart(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
        for day in DAYS:
            session = Session(kind="focus_group", title=TITLE, date=day, language="ar")
            s.add(session)
            s.flush()
            s.add(TranscriptTurn(session_id=session.id, position=1.0, text="الكهرباء مقطوعة طوال الصيف"))
    ctx.language.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    search = page.search
    search.query.setText("الكهرباء")
    search.run()
    qtbot.waitUntil(lambda: search.model.rowCount() == 2)
    where = {search.model.data(search.model.index(row, 0)) for row in range(2)}
    assert len(where) == 2
    for day in DAYS:
        assert any(common.session_name(TITLE, day) in text for text in where), (day, where)
