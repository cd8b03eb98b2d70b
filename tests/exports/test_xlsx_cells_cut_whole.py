"""A long text in the Excel export is cut to what a cell holds, as Excel counts, where a character ends.

Excel holds at most 32,767 characters in a cell and counts UTF-16 units (LEN of an emoji is 2). The
export cut at 32,767 code points: a turn with emoji in it was written longer than a cell may hold,
and the cut could fall between an emoji and its skin tone. It is now cut to 32,767 UTF-16 units at a
character's end.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import QTextBoundaryFinder

from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.exports import xlsx_words
from desktop.exports.xlsx import export_xlsx
from desktop.exports.xlsx_sheet import MAX_CELL_TEXT

# A facilitator's long reading of messages sent in (Kurdish, emoji after each).
PHRASE = "ئێمە دەمانەوێت کار بکەین لە هەولێر 👍🏽 "


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _qt_boundary(text: str, code_points: int) -> bool:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_units(text[:code_points]))
    return finder.isAtBoundary()


def test_a_long_turn_fills_a_cell_with_whole_characters(store: Store, tmp_path: Path) -> None:
    text = PHRASE * (MAX_CELL_TEXT // len(PHRASE) + 10)
    text = "x" * (MAX_CELL_TEXT - 1 - text.rindex("👍🏽", 0, MAX_CELL_TEXT)) + text
    assert text[MAX_CELL_TEXT - 1: MAX_CELL_TEXT + 1] == "👍🏽"  # a code-point cut parts the tone
    with store.transaction() as s:
        session = Session(kind="focus_group", title="هەولێر", date=dt.date(2024, 5, 2), governorate="erbil")
        s.add(session)
        s.flush()
        s.add(TranscriptTurn(session_id=session.id, position=1.0, text=text))
    out = tmp_path / "long.xlsx"
    export_xlsx(store, out, lang="ckb")
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = list(wb[xlsx_words.sheet_name("ckb", xlsx_words.SHEET_TRANSCRIPTS)].iter_rows(values_only=True))
    finally:
        wb.close()
    (cell,) = [value for row in rows[1:] for value in row if isinstance(value, str) and value.startswith("x")]
    assert cell.endswith("…")  # marked as cut (tests/exports/test_xlsx_cut_cell_marked.py)
    kept = cell[:-1].rstrip()
    assert text.startswith(kept)
    assert MAX_CELL_TEXT - 5 <= _units(cell) <= MAX_CELL_TEXT
    assert _qt_boundary(text, len(kept))
