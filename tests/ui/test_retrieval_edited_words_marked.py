"""Retrieval marks a segment whose words were edited after they were coded.

Retrieval lists such a segment with the words as they were coded (the transcript no longer holds
them). Nothing on the row said so: an analyst copied them into a report as a quote, where the
Recommendations page, the evidence brief and the workbook all hold them back for review. The Quote
column now says that the coding is to be reviewed before quoting it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import coding, transcripts
from desktop.core.models import Code, CodedSegment, Session, TranscriptTurn
from desktop.ui.context import AppContext
from tests.ui_helpers import segments_retrieved

QUOTE_COLUMN, CODED_TEXT = 6, 5  # retrieval_tab.retrieved_columns
EDITED = "Edited since it was coded: review the coding before quoting it"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_words_edited_since_coded_are_marked(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="البصرة", date=dt.date(2024, 3, 5), language="ar")
        code = Code(name_en="Services", name_ar="الخدمات", name_ckb="خزمەتگوزاری")
        s.add_all([session, code])
        s.flush()
        edited, kept = (TranscriptTurn(session_id=session.id, position=float(i), text=t)
                        for i, t in enumerate(("الخدمات ضعيفة جداً", "المدارس بعيدة")))
        s.add_all([edited, kept])
        s.flush()
        for turn in (edited, kept):
            coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, len(turn.text), "demo")
        transcripts.set_text(s, edited.id, "الكهرباء مقطوعة")  # the coded words edited away: to be reviewed
        code_id = code.id
    with ctx.store.session() as s:
        flagged = {seg.doc_id: seg.needs_review for seg in s.scalars(select(CodedSegment))}
    assert flagged == {edited.id: True, kept.id: False}
    ctx.language.set_language(lang)
    r = segments_retrieved(ctx, qtbot, code_id, 2)
    m = r.model
    marks = {m.data(m.index(row, CODED_TEXT)): m.data(m.index(row, QUOTE_COLUMN)) for row in range(2)}
    assert marks == {"الخدمات ضعيفة جداً": QCoreApplication.translate("RetrievedColumns", EDITED),
                     "المدارس بعيدة": ""}
