"""Agreement between coders is counted over text that is still there.

A turn deleted from the transcript (typed twice, given to the wrong speaker) kept its codings, and
the Agreement tab counted them: its characters in the coded total, its differences in the percentage
and the kappa, a figure for a methods section that no transcript supports, and a disagreement listed
with no words. So was the text of a deleted session. Now they are left out, as Retrieval leaves them.
"""

from __future__ import annotations

import datetime as dt

from desktop.core import agreement, coding, transcripts
from desktop.core.db import Store
from desktop.core.models import AgendaItem, Code, Session, TranscriptTurn

TEXT = "الشباب فقدوا الثقة بمجالس المحافظات بسبب ضعف الخدمات"


def test_deleted_turns_and_sessions_are_not_compared(store: Store) -> None:
    with store.transaction() as s:
        session = Session(kind="focus_group", title="S1", date=dt.date(2023, 1, 10))
        draft = Session(kind="roundtable", title="S2", date=dt.date(2023, 1, 11))
        code = Code(name_en="A")
        s.add_all([session, draft, code])
        s.flush()
        same, twice = (TranscriptTurn(session_id=session.id, text=TEXT, position=float(i)) for i in range(2))
        item = AgendaItem(session_id=draft.id, notes=TEXT)
        s.add_all([same, twice, item])
        s.flush()
        for coder in ("x", "y"):  # the same words coded alike
            coding.apply_code(s, code.id, "transcript_turn", same.id, "text", 0, 10, coder)
        for table, doc, field in (("transcript_turn", twice, "text"), ("agenda_item", item, "notes")):
            coding.apply_code(s, code.id, table, doc.id, field, 0, 20, "x")  # coded differently
            coding.apply_code(s, code.id, table, doc.id, field, 10, 30, "y")
        with_all = agreement.compare(s, "x", "y")
        assert len(with_all.documents) == 3 and with_all.percent < 100.0  # all of it there: all counted
        transcripts.delete_turn(s, twice.id)
        draft.deleted = True
        s.flush()
        report = agreement.compare(s, "x", "y")
        assert report.documents == [("transcript_turn", same.id, "text")]
        assert report.characters == 10 and report.percent == 100.0
        assert report.disagreements == []
