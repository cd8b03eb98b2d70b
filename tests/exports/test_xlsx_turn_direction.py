"""The workbook lays a session's words out as the focus-group editor does (desktop/core/text_direction.py).

A Kurdish turn that begins with a Latin word or a number ("UNDP گوتی 35% ...") read right to left in
the editor; in the workbook its cell had no reading order, so Excel took the first strong letter: the
turn started at the cell's left, its words out of order and its full stop at the right. Now the cells
of turns, quotes, agenda notes, decisions and actions carry the reading order (2 right to left, 1 left
to right) and sit on that side, in a workbook of any language; an English turn in an Arabic session
stays left to right.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.db import Store
from desktop.core.models import ActionItem, AgendaItem, Code, CodedSegment, Decision, Session, TranscriptTurn
from desktop.exports import xlsx_words as words
from desktop.exports.xlsx import export_xlsx

KURDISH = "UNDP گوتی 35% ی پرۆژەکە تەواو بووە."
WHATSAPP = "WhatsApp لە گروپەکەدا نووسیمان."
ENGLISH = "Thank you, see you next week at 10:00."
ARABIC_ENGLISH = "The centre is far, 15 km."
ENGLISH_SESSION_KURDISH = "UNDP said: گوتی باشە"


def _data(store: Store) -> None:
    with store.transaction() as s:
        ckb = Session(kind="focus_group", title="هەولێر", date=dt.date(2024, 3, 5), language="ckb")
        ar = Session(kind="roundtable", title="البصرة", date=dt.date(2024, 3, 6), language="ar")
        en = Session(kind="focus_group", title="Erbil", date=dt.date(2024, 3, 7), language="en")
        code = Code(name_ar="تمويل", name_ckb="پارە", name_en="Funding")
        s.add_all([ckb, ar, en, code])
        s.flush()
        turns = [TranscriptTurn(session_id=ckb.id, position=float(i), text=t)
                 for i, t in enumerate([KURDISH, WHATSAPP, ENGLISH])]
        turns.append(TranscriptTurn(session_id=en.id, position=0.0, text=ENGLISH_SESSION_KURDISH))
        s.add_all(turns)
        s.add_all([
            AgendaItem(session_id=ar.id, position=0.0, title="IHEC والتسجيل", notes="35% من المراكز بعيدة."),
            Decision(session_id=ar.id, position=0.0, text=ARABIC_ENGLISH),
            ActionItem(session_id=ar.id, position=0.0, what="UNDP تتابع مع المفوضية"),
        ])
        s.flush()
        s.add(CodedSegment(code_id=code.id, doc_table="transcript_turn", doc_id=turns[0].id, doc_field="text",
                           start=0, end=len("UNDP گوتی 35%"), quote="UNDP گوتی 35%", coder="amal"))


def _cell(ws: Worksheet, text: str) -> openpyxl.cell.cell.Cell:
    (cell,) = [c for row in ws.iter_rows() for c in row if c.value == text]
    return cell


def _reads(cell: openpyxl.cell.cell.Cell) -> tuple[float | None, str | None]:
    return cell.alignment.readingOrder, cell.alignment.horizontal


RIGHT_TO_LEFT, LEFT_TO_RIGHT = (2, "right"), (1, "left")


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_session_words_carry_their_reading_order_and_side(store: Store, tmp_path: Path, lang: str) -> None:
    _data(store)
    out = tmp_path / f"book-{lang}.xlsx"
    export_xlsx(store, out, lang=lang)
    wb = openpyxl.load_workbook(out)
    turns = wb[words.sheet_name(lang, words.SHEET_TRANSCRIPTS)]
    assert _reads(_cell(turns, KURDISH)) == RIGHT_TO_LEFT
    assert _reads(_cell(turns, WHATSAPP)) == RIGHT_TO_LEFT
    assert _reads(_cell(turns, ENGLISH)) == LEFT_TO_RIGHT  # an English remark in the Kurdish session
    # An English session: the first strong letter, as before.
    assert _reads(_cell(turns, ENGLISH_SESSION_KURDISH)) == LEFT_TO_RIGHT
    agenda = wb[words.sheet_name(lang, words.SHEET_AGENDA)]
    assert _reads(_cell(agenda, "IHEC والتسجيل")) == RIGHT_TO_LEFT
    assert _reads(_cell(agenda, "35% من المراكز بعيدة.")) == RIGHT_TO_LEFT
    assert _reads(_cell(agenda, ARABIC_ENGLISH)) == LEFT_TO_RIGHT  # English words in an Arabic session
    actions = wb[words.sheet_name(lang, words.SHEET_ACTIONS)]
    assert _reads(_cell(actions, "UNDP تتابع مع المفوضية")) == RIGHT_TO_LEFT
    segments = wb[words.sheet_name(lang, words.SHEET_SEGMENTS)]
    assert _reads(_cell(segments, "UNDP گوتی 35%")) == RIGHT_TO_LEFT
    # Other cells are left as they were: a session's title, a code's name.
    assert (turns["A2"].alignment.readingOrder, turns["A2"].alignment.horizontal) == (0, None)
    assert _cell(segments, "Funding").alignment.horizontal is None
