"""The workbook's Coded segments sheet names the facilitator as the Transcripts sheet does.

A coding of the facilitator's words had an empty Speaker cell, like a coding of the minutes (an agenda
item, a decision): a pivot or a filter by speaker could not tell the facilitator's words from the
note-taker's text, and the Transcripts sheet beside it said "Facilitator". Now both say it, in the
workbook's language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desktop.core import coding
from desktop.core.db import Store
from desktop.core.models import AgendaItem, Code, Session, TranscriptTurn
from desktop.exports import xlsx_words as words
from desktop.exports.xlsx import export_xlsx

SAID = "أهلاً بكم في جلسة اليوم"
NOTES = "نوقشت الخدمات في القرى"


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_facilitators_codings_name_the_facilitator(store: Store, tmp_path: Path, lang: str) -> None:
    with store.transaction() as s:
        session = Session(kind="focus_group", title="البصرة", date=dt.date(2024, 3, 5), language="ar")
        code = Code(name_en="Services", name_ar="الخدمات", name_ckb="خزمەتگوزاری")
        s.add_all([session, code])
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text=SAID)  # no participant: the facilitator
        item = AgendaItem(session_id=session.id, title="بند", notes=NOTES)
        s.add_all([turn, item])
        s.flush()
        coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, len(SAID), "demo")
        coding.apply_code(s, code.id, "agenda_item", item.id, "notes", 0, len(NOTES), "demo")
    book = openpyxl.load_workbook(export_xlsx(store, tmp_path / "all.xlsx", lang=lang).path)
    facilitator = words.word(lang, words.FACILITATOR)
    sheet = book[words.sheet_name(lang, words.SHEET_SEGMENTS)]
    speakers = {row[5]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert speakers == {SAID: facilitator, NOTES: None}
    transcripts = book[words.sheet_name(lang, words.SHEET_TRANSCRIPTS)]
    assert [row[2] for row in transcripts.iter_rows(min_row=2, values_only=True)] == [facilitator]
