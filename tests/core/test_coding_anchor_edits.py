"""Editing coded text through any service moves or flags its segments in the same transaction."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import ChangeLog, Code, CodedSegment, Session, TranscriptTurn
from desktop.core.transcripts import set_text

TEXT = "الانتخابات حق للجميع. پشکی ئافرەتان دەبێت بمێنێتەوە."


def setup_turn(store: Store) -> tuple[str, str]:
    with store.transaction() as s:
        session = Session(kind="focus_group", title="t")
        code = Code(name_en="Quotas")
        s.add_all([session, code])
        s.flush()
        turn = TranscriptTurn(session_id=session.id, text=TEXT, position=1)
        s.add(turn)
        s.flush()
        start = TEXT.index("پشکی")
        seg = CodedSegment(code_id=code.id, doc_table="transcript_turn", doc_id=turn.id, doc_field="text",
                           start=start, end=len(TEXT), quote=TEXT[start:])
        s.add(seg)
        s.flush()
        return turn.id, seg.id


def test_edit_before_a_segment_shifts_it_and_logs_the_move(store: Store) -> None:
    turn_id, seg_id = setup_turn(store)
    with store.transaction() as s:
        set_text(s, turn_id, "🇮🇶 " + TEXT)
    with store.session() as s:
        seg = s.get(CodedSegment, seg_id)
        turn = s.get(TranscriptTurn, turn_id)
        assert turn.text[seg.start:seg.end] == seg.quote == TEXT[TEXT.index("پشکی"):]
        assert not seg.needs_review
        logged = s.scalars(select(ChangeLog).where(ChangeLog.row_id == seg_id, ChangeLog.op == "update")).all()
        assert logged and logged[-1].data["start"] == seg.start


def test_edit_inside_a_segment_flags_it(store: Store) -> None:
    turn_id, seg_id = setup_turn(store)
    with store.transaction() as s:
        s.get(TranscriptTurn, turn_id).text = TEXT.replace("ئافرەتان", "ژنان")
    with store.session() as s:
        assert s.get(CodedSegment, seg_id).needs_review
