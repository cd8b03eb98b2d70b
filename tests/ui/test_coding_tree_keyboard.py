"""A code in the coding window's codebook is applied with Enter or a double click, not only by dragging.

The tree beside the text was drag-only: out of reach of the keyboard (Tab reaches it, then nothing
applied a code) and fiddly with a laptop's touchpad.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

TEXT = "کۆمسیۆن (IHEC) زۆر دواکەوت 👍🏽 ٣ کاتژمێر چاوەڕێ بووین لە 2018"
WORDS = "(IHEC) زۆر دواکەوت 👍🏽"


ctx = coder_context_fixture()


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="واسط", date=dt.date(2023, 1, 5), governorate="wasit")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=0.0, text=TEXT))
        trust = codebook.create_code(s, name_ckb="متمانە", name_en="Trust")
        codebook.create_code(s, name_ckb="دواکەوتن", name_en="Delay", parent_id=trust.id)
        session_id = sess.id
    window = shown_window(ctx, qtbot, session_id, (1100, 750))
    select_words(window, WORDS)
    return window


def _coded(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.store.session() as s:
        names = {c.id: c.name_en for c in codebook.live_codes(s)}
        return [(names[seg.code_id], seg.quote) for seg in s.scalars(select(CodedSegment))]


def test_enter_on_a_code_applies_it(ctx: AppContext, ws: CodingWorkspace) -> None:
    ws.tree.setFocus()
    ws.tree.setCurrentIndex(ws.codes.index_for(ws.codes.roots[0].children[0].id))
    QTest.keyClick(ws.tree, Qt.Key.Key_Return)
    assert ctx.tasks.drain(10_000)
    assert _coded(ctx) == [("Delay", WORDS)]


def test_a_double_click_on_a_code_applies_it(ctx: AppContext, ws: CodingWorkspace) -> None:
    index = ws.codes.index_for(ws.codes.roots[0].id)
    where = ws.tree.visualRect(index).center()
    QTest.mouseClick(ws.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseDClick(ws.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert ctx.tasks.drain(10_000)
    assert _coded(ctx) == [("Trust", WORDS)]
    assert ws.tree.isExpanded(index)  # the double click applied the code, it did not fold its branch
