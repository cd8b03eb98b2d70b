"""The segments behind a matrix cell show each text in its own direction, as Retrieval lists them.

The Matrix tab's list of a cell's segments took the interface's direction: in Kurdish or Arabic an
English turn was laid out right to left (its full stop at the left, a cut text's "…" beside its first
word), in English a Kurdish turn the other way round.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import coding
from desktop.core.models import Code, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from tests.cell_direction import painted_direction

ENGLISH = "Thank you, see you next week at the centre."
KURDISH = "زۆرێک لە ئاوارەکان نەیانتوانی کارتی بایۆمەتری نوێ بکەنەوە."
CODED_TEXT = 5  # retrieval_tab.retrieved_columns


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_each_segment_of_a_cell_reads_in_its_own_direction(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="Erbil", date=dt.date(2024, 3, 5), language="ckb",
                          governorate="erbil")
        code = Code(name_en="Funding", name_ar="تمويل", name_ckb="پارە")
        s.add_all([session, code])
        s.flush()
        turns = [TranscriptTurn(session_id=session.id, position=float(i), text=t)
                 for i, t in enumerate((ENGLISH, KURDISH))]
        s.add_all(turns)
        s.flush()
        for turn in turns:
            coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, len(turn.text), "x")
    ctx.language.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    m = page.matrix
    m.attribute.setCurrentIndex(m.attribute.findData("session_kind"))
    m.run()
    qtbot.waitUntil(lambda: m.model.rowCount() > 0)
    m._cell_chosen(m.model.index(0, 1))  # the code's segments in focus groups
    qtbot.waitUntil(lambda: m.drill_model.rowCount() == 2)
    assert m.drill.layoutDirection() == (Qt.LayoutDirection.LeftToRight if lang == "en" else Qt.LayoutDirection.RightToLeft)
    assert painted_direction(m.drill, CODED_TEXT, ENGLISH) == Qt.LayoutDirection.LeftToRight
    assert painted_direction(m.drill, CODED_TEXT, KURDISH) == Qt.LayoutDirection.RightToLeft


def test_a_segment_behind_a_cell_opens_where_it_was_coded(ctx: AppContext, qtbot: QtBot) -> None:
    """Enter (or a double click) on a segment behind a matrix cell did nothing, where the same row in
    Retrieval opens the session's coding window at that segment."""
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="Erbil", date=dt.date(2024, 3, 5), language="ckb",
                          governorate="erbil")
        code = Code(name_en="Funding", name_ar="تمويل", name_ckb="پارە")
        s.add_all([session, code])
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text=KURDISH)
        s.add(turn)
        s.flush()
        segment_id = coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, 10, "x").id
        session_id = session.id
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    m = page.matrix
    m.attribute.setCurrentIndex(m.attribute.findData("session_kind"))
    m.run()
    qtbot.waitUntil(lambda: m.model.rowCount() > 0)
    m._cell_chosen(m.model.index(0, 1))
    qtbot.waitUntil(lambda: m.drill_model.rowCount() == 1)
    opened: list[tuple[str, str]] = []
    ctx.events.openCoding.connect(lambda sid, seg: opened.append((sid, seg)))
    m.drill.setFocus()
    m.drill.setCurrentIndex(m.drill_model.index(0, CODED_TEXT))
    QTest.keyClick(m.drill, Qt.Key.Key_Return)
    assert opened == [(session_id, segment_id)]
