"""The workbook's coded segments leave out those on text deleted since: a deleted turn, agenda item,
decision or session.

A facilitator deletes a turn typed by mistake (a participant's phone number said aloud, a turn given
to the wrong speaker): the Transcripts sheet left it out, Retrieval, the matrices and the REFI-QDA
project too, but the Coded segments sheet still wrote each coding's stored quote of it, the deleted
words whole. Now a segment is written only while its text and its session are there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from desktop.core import coding, transcripts
from desktop.core.db import Store
from desktop.core.models import AgendaItem, Code, Session, TranscriptTurn
from desktop.exports.xlsx import export_xlsx

PHONE = "رقم هاتفي 07701234567"
KEPT = "الخدمات في القرى ضعيفة"


def test_codings_of_deleted_text_are_left_out(store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        session = Session(kind="focus_group", title="البصرة", date=dt.date(2024, 3, 5), language="ar")
        gone = Session(kind="roundtable", title="مسودة", date=dt.date(2024, 3, 6), language="ar")
        code = Code(name_en="Services", name_ar="الخدمات", name_ckb="خزمەتگوزاری")
        s.add_all([session, gone, code])
        s.flush()
        mistake = TranscriptTurn(session_id=session.id, position=1.0, text=PHONE)
        kept = TranscriptTurn(session_id=session.id, position=2.0, text=KEPT)
        item = AgendaItem(session_id=gone.id, title="بند", notes=PHONE + " ثانيةً")
        s.add_all([mistake, kept, item])
        s.flush()
        for table, row, field in (("transcript_turn", mistake, "text"), ("transcript_turn", kept, "text"),
                                  ("agenda_item", item, "notes")):
            coding.apply_code(s, code.id, table, row.id, field, 0, len(getattr(row, field)), "demo")
        transcripts.delete_turn(s, mistake.id)
        gone.deleted = True
    summary = export_xlsx(store, tmp_path / "all.xlsx", lang="en")
    book = openpyxl.load_workbook(summary.path)
    cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
    assert not [c for c in cells if "07701234567" in c]
    assert KEPT in [str(v) for row in book["Coded segments"].iter_rows(values_only=True) for v in row]
    assert summary.segments == 1
