"""Search → Code all hits says so when no hit can be coded.

A search that found only session titles, a memo, or nothing at all (before any search): Code all
hits did nothing, no word on screen, and the analyst could not tell whether anything was coded.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import codebook
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage

NOTHING = "No hit here can be coded: only the words of transcripts, agenda notes, decisions and summaries are."


def test_nothing_codable_is_said(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="مخيم دوميز", date=dt.date(2024, 3, 5), language="ar")
        s.add(session)
        s.flush()
        s.add(TranscriptTurn(session_id=session.id, position=1.0, text="الخدمات ضعيفة"))
        codebook.create_code(s, name_ar="الخدمات", name_en="Services")
    ctx.language.set_language("ckb")
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    search = page.search
    search.code.setCurrentIndex(0)
    search.code_all_btn.click()  # before any search
    assert search.status.text() == QCoreApplication.translate("SearchTab", NOTHING)
    search.query.setText("دوميز")  # in the session's title only: not coded text
    search.run()
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    search.code_all_btn.click()
    assert search.status.text() == QCoreApplication.translate("SearchTab", NOTHING)
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(CodedSegment)) == 0
