"""Retrieval names the facilitator as the speaker of the facilitator's words.

A segment of the facilitator's words had an empty Speaker cell, as a segment of the minutes (an agenda
item, a decision) has: the analyst could not tell who said it, where the Recommendations page's quotes,
the workbook and the transcript say "Facilitator". The Matrix tab's list of a cell's segments too.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import coding
from desktop.core.models import AgendaItem, Code, Session, TranscriptTurn
from desktop.ui.context import AppContext
from tests.ui_helpers import segments_retrieved

SAID = "أهلاً بكم في جلسة اليوم"
NOTES = "نوقشت الخدمات في القرى"
SPEAKER, CODED_TEXT = 1, 5  # retrieval_tab.retrieved_columns


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_the_facilitators_words_name_the_facilitator(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
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
        code_id = code.id
    ctx.language.set_language(lang)
    r = segments_retrieved(ctx, qtbot, code_id, 2)
    m = r.model
    speakers = {m.data(m.index(row, CODED_TEXT)): m.data(m.index(row, SPEAKER)) for row in range(2)}
    facilitator = QCoreApplication.translate("RetrievedColumns", "Facilitator")
    assert speakers == {SAID: facilitator, NOTES: ""}
