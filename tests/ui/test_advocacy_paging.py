"""A recommendation with hundreds of linked segments opens with its counts and a first page of quotes;
the next pages come as the quotes table scrolls, and never a withdrawn participant's words."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core import support, support_query
from desktop.core.ids import new_id
from desktop.core.models import (
    Code,
    CodedSegment,
    ConsentRecord,
    EvidenceLink,
    Participant,
    Recommendation,
    Session,
    TranscriptTurn,
)
from desktop.ui.advocacy.recommendation_view import RecommendationView
from desktop.ui.context import AppContext

WITHDRAWN = "كلمات من انسحب"


def _many(ctx: AppContext, people: int) -> str:
    """One focus group, two linked turns per participant; every fifth refused quotes, every tenth withdrew."""
    with ctx.store.transaction() as s:
        code = Code(id=new_id(), name_ar="البطاقة", name_en="Cards")
        rec = Recommendation(id=new_id(), number=1, title_en="Biometric cards")
        session = Session(id=new_id(), kind="focus_group", title="FG", date=dt.date(2023, 1, 5), governorate="basra")
        rows: list[Any] = [code, rec, session]
        for n in range(people):
            person = Participant(id=new_id(), code=f"P{n}", gender=("female", "male")[n % 2], age_band="25-34")
            withdrew = n % 10 == 9
            rows += [person, ConsentRecord(
                id=new_id(), participant_id=person.id, session_id=session.id, template_id="t",
                answers={"participate": True, "quote": n % 5 != 4}, recorded_at="2023-01-05T10:00:00+03:00",
                withdrawn_at="2023-02-01" if withdrew else None, withdrawal_scope="all" if withdrew else None)]
            for k in range(2):
                text = WITHDRAWN if withdrew else f"قول رقم {n}-{k}"
                turn = TranscriptTurn(id=new_id(), session_id=session.id, participant_id=person.id, text=text,
                                      position=float(2 * n + k))
                seg = CodedSegment(id=new_id(), code_id=code.id, doc_table="transcript_turn", doc_id=turn.id,
                                   doc_field="text", start=0, end=len(text), coder="t", quote=text)
                rows += [turn, seg, EvidenceLink(id=new_id(), recommendation_id=rec.id, kind="segment",
                                                 segment_id=seg.id, position=float(2 * n + k))]
        s.add_all(rows)
        return rec.id


def test_quotes_and_links_come_a_page_at_a_time(ctx: AppContext, qtbot: QtBot) -> None:
    # 300 linked segments of 150 people. Withdrawn: n = 9, 19, ... 149 (15 people, 30 segments). Not
    # quotable: n = 4, 14, ... 144 (the other 15 with n % 5 == 4: 30 segments). Quotes: 270 - 30 = 240.
    rec_id = _many(ctx, 150)
    view = RecommendationView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 900)
    view.show()
    view.load(rec_id)
    qtbot.waitUntil(lambda: view.current is not None, timeout=10_000)
    assert view.current is not None
    sup = view.current.support
    assert (sup.participants, sup.sessions, sup.segments, sup.withdrawn, sup.not_quotable) == (135, 1, 270, 30, 30)
    assert sup.quote_count == 240 and sup.quotes == []  # counted, not read
    assert view.quotes_model.total == 240
    assert len(view.quotes_model.rows) <= support_query.PAGE + support_query.PAGE  # a page (and Qt's first ask)
    assert len(view.links_model.rows) < 300 and view.links_model.total == 300
    # Scrolling to the end of the quotes reads the next pages, until all of them are there.
    bar = view.quotes.verticalScrollBar()
    for _ in range(10):
        if len(view.quotes_model.rows) == 240:
            break
        before = len(view.quotes_model.rows)
        view.quotes.scrollToBottom()
        bar.setValue(bar.maximum())
        view.quotes_model.fetchMore()
        qtbot.waitUntil(lambda b=before: len(view.quotes_model.rows) > b, timeout=10_000)  # type: ignore[misc]
    shown = view.quotes_model.rows
    with ctx.store.session() as s:
        everything = support.support(s, rec_id).quotes
    assert [q.segment_id for q in shown] == [q.segment_id for q in everything]
    assert all(WITHDRAWN not in q.text + q.before + q.after for q in shown)
    assert not view.quotes_model.canFetchMore()
    # The links table pages the same way.
    for _ in range(10):
        if len(view.links_model.rows) == 300:
            break
        before = len(view.links_model.rows)
        view.links_model.fetchMore()
        qtbot.waitUntil(lambda b=before: len(view.links_model.rows) > b, timeout=10_000)  # type: ignore[misc]
    assert len({row.id for row in view.links_model.rows}) == 300
    assert all(WITHDRAWN not in row.description for row in view.links_model.rows)
    # A link is named by its words when they may be quoted, by "…" otherwise (refused or withdrawn).
    described = {row.description for row in view.links_model.rows}
    assert "قول رقم 0-0" in described and "قول رقم 4-0" not in described and "…" in described
    assert sum(row.description == "…" for row in view.links_model.rows) == 60
    # Opening another recommendation drops a page still on its way.
    view.load(None)
    assert view.quotes_model.rows == [] and not view.quotes_model.canFetchMore()
    assert ctx.tasks.drain(10_000)
