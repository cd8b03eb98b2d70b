"""The Agreement tab's disagreements never show a withdrawn participant's words.

Retrieval, search and every export put "[…]" in place of the words of a participant who withdrew
all their data (consent_rules: ``redacted``); the disagreements list read each document's stored text
itself and showed those words whole, beside the code two coders differed on.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import coding, demo
from desktop.core.consent_rules import REDACTED
from desktop.core.models import CodedSegment, ConsentRecord, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage


def test_disagreements_hide_the_words_of_a_participant_who_withdrew(ctx: AppContext, qtbot: QtBot) -> None:
    demo.generate(ctx.store, sessions=2, seed=3)
    with ctx.store.transaction() as s:
        speakers: dict[str, CodedSegment] = {}
        for seg in s.scalars(select(CodedSegment).where(CodedSegment.coder == "demo",
                                                        CodedSegment.doc_table == "transcript_turn")):
            turn = s.get(TranscriptTurn, seg.doc_id)
            if turn is not None and turn.participant_id:
                speakers.setdefault(turn.participant_id, seg)
        (person, withdrawn), (_, kept) = list(speakers.items())[:2]
        # A second coder who coded the first letter of a segment of each speaker with the same code as
        # the demo coder: the rest of each segment is a disagreement (coded only by "demo").
        for seg in (withdrawn, kept):
            coding.apply_code(s, seg.code_id, seg.doc_table, seg.doc_id, seg.doc_field, seg.start,
                              seg.start + 1, "amal")
        turns = {t.id: t for t in s.scalars(select(TranscriptTurn))}
        # All of it withdrawn, as a bundle from a version before erasure brings it: the words are still
        # stored, and every screen and export shows "[…]" in their place.
        for record in s.scalars(select(ConsentRecord).where(ConsentRecord.participant_id == person)):
            record.withdrawn_at, record.withdrawal_scope = "2024-01-01T00:00:00+03:00", "all"
        expected = {turn.id: turn.text for turn in turns.values() if turn.participant_id != person}
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    a = page.agreement
    a.coder_a.setCurrentText("demo")
    a.coder_b.setCurrentText("amal")
    a.run_btn.click()
    qtbot.waitUntil(lambda: a.report is not None)
    rows = a.disagreement_rows()
    shown = [a.disagreements.data(a.disagreements.index(row, 2)) for row in range(len(rows))]
    said = {d.doc[1] for d in rows}
    assert withdrawn.doc_id in said and kept.doc_id in said
    for d, text in zip(rows, shown, strict=True):
        if d.doc[1] in expected:  # another speaker's words are shown
            assert text == expected[d.doc[1]][d.start : d.end] and text.strip()
        else:
            assert text == REDACTED, text
