"""The Recommendations page's "Quotes that may be used" are the quotes the evidence brief may use: never
the facilitator's own turns (a question put to the group), which the brief leaves out. The page listed
them, labelled "Facilitator", and counted them: the coordinator saw quotes the brief would not use.
Other readers of a recommendation's quotes (``support.support``) still get every quotable segment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core import recommendations, support, support_query
from desktop.core.ids import new_id
from desktop.core.models import (
    Code,
    CodedSegment,
    ConsentRecord,
    Participant,
    Recommendation,
    Session,
    TranscriptTurn,
)
from desktop.exports import brief_data
from desktop.ui.advocacy.recommendation_view import RecommendationView
from desktop.ui.context import AppContext

FACILITATOR_WORDS = "ما رأيكم في البطاقة البايومترية؟"


def _world(ctx: AppContext, sessions: int = 1) -> str:
    """``sessions`` focus groups; in each the facilitator asks and a participant (who agreed to be quoted)
    answers, both turns coded with the code the recommendation links."""
    with ctx.store.transaction() as s:
        code = Code(id=new_id(), name_ar="البطاقة", name_en="Cards")
        rec = Recommendation(id=new_id(), number=1, title_en="Biometric cards")
        rows: list[Any] = [code, rec]
        for n in range(sessions):
            session = Session(id=new_id(), kind="focus_group", title=f"FG {n}", date=dt.date(2023, 1, 5 + n),
                              governorate="basra")
            person = Participant(id=new_id(), code=f"P{n}", gender="female", age_band="25-34")
            rows += [session, person, ConsentRecord(
                id=new_id(), participant_id=person.id, session_id=session.id, template_id="t",
                answers={"participate": True, "quote": True}, recorded_at="2023-01-05T10:00:00+03:00")]
            for k, (speaker, text) in enumerate(((None, f"{FACILITATOR_WORDS} {n}"),
                                                 (person.id, f"البطاقة تأخرت شهرين {n}"))):
                turn = TranscriptTurn(id=new_id(), session_id=session.id, participant_id=speaker, text=text,
                                      position=float(k))
                rows += [turn, CodedSegment(id=new_id(), code_id=code.id, doc_table="transcript_turn",
                                            doc_id=turn.id, doc_field="text", start=0, end=len(text), coder="t",
                                            quote=text)]
        s.add_all(rows)
        s.flush()
        recommendations.link_code(s, rec.id, code.id)
        return rec.id


def test_the_page_lists_the_quotes_the_brief_may_use(ctx: AppContext, qtbot: QtBot) -> None:
    rec_id = _world(ctx)
    view = RecommendationView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 900)
    view.show()
    view.load(rec_id)
    qtbot.waitUntil(lambda: view.current is not None, timeout=10_000)
    texts = [q.text for q in view.quotes_model.rows]
    assert texts == ["البطاقة تأخرت شهرين 0"]
    assert all(FACILITATOR_WORDS not in t for t in texts)
    assert view.quotes_model.total == len(texts) == view.quotes_model.rowCount()  # the count agrees
    speakers = [view.quotes_model.data(view.quotes_model.index(r, 2)) for r in range(view.quotes_model.rowCount())]
    assert speakers == ["P0"]  # no row labelled "Facilitator"
    with ctx.store.session() as s:
        brief = brief_data.build(s, rec_id, "en")
        everything = support.support(s, rec_id)
    assert sorted(q.text for q in brief.quotes) == sorted(texts)
    # Other readers are unchanged: support still reads the facilitator's turn among the quotable segments.
    assert any(FACILITATOR_WORDS in q.text for q in everything.quotes)
    assert everything.quote_count == 2


def test_pages_without_the_facilitator_are_the_whole_list(ctx: AppContext) -> None:
    # Three sessions, a facilitator's turn and a participant's in each, read two quotes at a time: the
    # per-session counts that choose a page's sessions leave the facilitator's turns out too.
    rec_id = _world(ctx, sessions=3)
    with ctx.store.session() as s:
        sup = support.support(s, rec_id, with_quotes=False)
        assert sup.quote_query is not None
        query = support_query.without_facilitator(s, sup.quote_query)
        paged = [q.text for offset in range(0, 6, 2) for q in support.quote_page(s, query, offset, 2)]
        whole = [q.text for q in support.quote_page(s, query, 0, None)]
    assert query.total == 3
    assert paged == whole == [f"البطاقة تأخرت شهرين {n}" for n in range(3)]
