"""A long coded segment does not push its row's session and speaker off the Retrieval table.

Each row was as tall as its words: a whole long turn coded (a few thousand characters, the longest a
turn may hold is 100,000) made a row taller than the table on a laptop screen, and the row's other
cells (session, speaker, coder), drawn at the row's middle, were out of sight; scrolling went from
row to row, so neither they nor the end of the segment could be reached. A row is now at most as tall
as the table; the whole segment is in the cell's tooltip and in the coding window.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import coding
from desktop.core.models import Code, Session, TranscriptTurn
from desktop.ui.context import AppContext
from tests.ui_helpers import segments_retrieved

LONG = "الشباب فقدوا الثقة بمجالس المحافظات بسبب ضعف الخدمات، ولا بد من المساءلة. " * 60  # 4,500 characters


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_long_segments_row_stays_in_sight(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="هەولێر", date=dt.date(2024, 3, 5), language="ar")
        code = Code(name_en="Youth", name_ar="الشباب", name_ckb="گەنجان")
        s.add_all([session, code])
        s.flush()
        long_turn = TranscriptTurn(session_id=session.id, position=1.0, text=LONG)
        short_turn = TranscriptTurn(session_id=session.id, position=2.0, text="نريد أن نعرف كيف يُحاسب المجلس.")
        s.add_all([long_turn, short_turn])
        s.flush()
        for turn in (long_turn, short_turn):
            coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, len(turn.text), "demo")
        code_id = code.id
    ctx.language.set_language(lang)
    r = segments_retrieved(ctx, qtbot, code_id, 2, size=(1000, 700))
    qtbot.wait(50)  # the rows in sight are sized
    table, viewport = r.table, r.table.viewport()
    assert table.model().index(0, 5).data() == LONG
    assert viewport.height() > 200
    assert table.rowHeight(0) <= viewport.height()
    session_cell = table.visualRect(table.model().index(0, 0))
    assert 0 <= session_cell.center().y() < viewport.height()  # the session's title is drawn there
    assert table.model().index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == LONG  # the whole of it
    # A short segment's row stays as tall as its words (not cut to one line).
    assert table.rowHeight(1) == table.sizeHintForRow(1)
