"""The Agreement tab's disagreements show each text in its own direction, as Retrieval does.

The disagreements' "Text" cells took the interface's direction: in Kurdish or Arabic an English turn
("Thank you, see you next week.") was laid out right to left, its full stop at the left and a cut
text's "…" beside its first word; in English a Kurdish turn the other way round. Each cell now reads
in the direction of its own text.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import coding
from desktop.core.models import Code, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from tests.cell_direction import painted_direction

ENGLISH = "Thank you, see you next week at the centre."
KURDISH = "زۆرێک لە ئاوارەکان نەیانتوانی کارتی بایۆمەتری نوێ بکەنەوە."
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_each_disagreement_reads_in_its_own_direction(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="Erbil", date=dt.date(2024, 3, 5), language="ckb")
        code = Code(name_en="Funding", name_ar="تمويل", name_ckb="پارە")
        s.add_all([session, code])
        s.flush()
        turns = [TranscriptTurn(session_id=session.id, position=float(i), text=t)
                 for i, t in enumerate((ENGLISH, KURDISH))]
        s.add_all(turns)
        s.flush()
        for turn in turns:  # "x" coded the whole turn, "y" its first letter: the rest is a disagreement
            coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, len(turn.text), "x")
            coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, 1, "y")
    ctx.language.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    a = page.agreement
    a.coder_a.setCurrentText("x")
    a.coder_b.setCurrentText("y")
    a.run_btn.click()
    qtbot.waitUntil(lambda: a.report is not None)
    assert a.diff_table.layoutDirection() == (LTR if lang == "en" else RTL)
    assert painted_direction(a.diff_table, 2, ENGLISH[1:]) == LTR
    assert painted_direction(a.diff_table, 2, KURDISH[1:]) == RTL
