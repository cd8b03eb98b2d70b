"""A text cut to fit an Excel cell shows that it was cut.

A cell holds at most 32,767 characters; the longest turn Majlis keeps holds 100,000 (a facilitator's
reading of the messages sent in, a pasted document). The workbook cut such a turn at a cell's end
without a sign: an analyst reading or quoting it took two thirds of it as missing from the
transcript, or never knew. The cell now ends in "…", still within what a cell holds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.exports import xlsx_words
from desktop.exports.xlsx import export_xlsx
from desktop.exports.xlsx_sheet import MAX_CELL_TEXT
from desktop.sync.values import TEXT_LIMIT

LONG = ("المشاركون طالبوا بتحسين الخدمات في القرى البعيدة عن مراكز المدن " * 2000)[:TEXT_LIMIT]
SHORT = "الخدمات ضعيفة"


def test_a_cut_cell_ends_in_an_ellipsis(store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        session = Session(kind="focus_group", title="البصرة", date=dt.date(2024, 5, 2), governorate="basra")
        s.add(session)
        s.flush()
        s.add_all([TranscriptTurn(session_id=session.id, position=1.0, text=LONG),
                   TranscriptTurn(session_id=session.id, position=2.0, text=SHORT)])
    out = export_xlsx(store, tmp_path / "long.xlsx", lang="ar").path
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        sheet = book[xlsx_words.sheet_name("ar", xlsx_words.SHEET_TRANSCRIPTS)]
        texts = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    finally:
        book.close()
    long, short = texts
    assert short == SHORT  # what fits is written as it is
    assert len(long) <= MAX_CELL_TEXT and long.endswith("…")
    assert LONG.startswith(long[:-1].rstrip())
