"""A whole turn is coded the way people select one: with a triple click.

The selection takes the paragraph's end with it (the separator before the next speaker's line),
and the coding window refused it: "A selection must stay within one speaker turn, note or
decision", about a selection that was exactly one turn. And Escape did not close the code picker
once Tab had taken the focus into its list.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, shown_window

TURNS = ("أهلاً بكم في جلسة النقاش ٢٠٢٣ 👋",
         "ئافرەتان لە گوندەکان ناتوانن بڕۆن بۆ بنکەکان 🇮🇶",
         "The Facebook page had the list, not in Kurdish.")
REFUSED = {"ar": "يجب أن يبقى التحديد داخل مداخلة واحدة أو ملاحظة أو قرار واحد.",
           "ckb": "دیاریکراوەکە دەبێت لەناو یەک قسەکردن، تێبینی یان بڕیاردا بمێنێتەوە.",
           "en": "A selection must stay within one speaker turn, note or decision."}


ctx = coder_context_fixture()


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="كربلاء", date=dt.date(2023, 1, 5), governorate="karbala")
        s.add(sess)
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), text=t, timestamp=f"0:0{i}:00")
                  for i, t in enumerate(TURNS))
        codebook.create_code(s, name_ar="النساء", name_ckb="ئافرەتان", name_en="Women")
        session_id = sess.id
    return shown_window(ctx, qtbot, session_id, (1100, 750))


def _caret(ws: CodingWorkspace, turn: int, offset: int = 0) -> QTextCursor:
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(ws.blocks[turn].start + offset)
    ws.view.setTextCursor(cursor)
    ws.view.setFocus()
    return cursor


def _code_with_picker(ws: CodingWorkspace) -> None:
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ws.picker.isVisible()
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    assert ws.ctx.tasks.drain(10_000)


def _quotes(ctx: AppContext) -> list[str]:
    with ctx.store.session() as s:
        return [seg.quote for seg in s.scalars(select(CodedSegment).where(CodedSegment.deleted.is_(False)))]


@pytest.mark.parametrize("turn", [0, 1, 2])
def test_a_triple_click_codes_the_whole_turn(ctx: AppContext, ws: CodingWorkspace, turn: int) -> None:
    where = ws.view.cursorRect(_caret(ws, turn, 6)).center()
    QTest.mouseDClick(ws.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseClick(ws.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert ws.view.textCursor().selectedText().rstrip("\u2029") == TURNS[turn]
    _code_with_picker(ws)
    assert _quotes(ctx) == [TURNS[turn]]
    # said coded (with the code's name), not refused
    assert {"ar": "النساء", "ckb": "ئافرەتان", "en": "Women"}[ctx.language.language] in ws.status.text()


def test_a_selection_into_the_next_speakers_line_is_still_refused(ctx: AppContext, ws: CodingWorkspace) -> None:
    cursor = _caret(ws, 1)
    cursor.setPosition(ws.blocks[1].end + 4, QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not ws.picker.isVisible() and ws.status.text() == REFUSED[ctx.language.language]


def test_escape_closes_the_picker_from_its_list(ctx: AppContext, ws: CodingWorkspace) -> None:
    cursor = _caret(ws, 1)
    cursor.setPosition(ws.blocks[1].start + 8, QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ws.picker.list
    QTest.keyClick(ws.picker.list, Qt.Key.Key_Escape)
    assert not ws.picker.isVisible()
    assert QApplication.focusWidget() is ws.view  # back in the text, the selection as it was
    assert ws.view.textCursor().selectedText() == TURNS[1][:8]
    assert _quotes(ctx) == []
