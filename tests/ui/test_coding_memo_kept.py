"""A memo typed on a coding is kept when the researcher clicks elsewhere in the text before saving.

The memo box shows the memo of the coding at the cursor; moving the cursor (to check a word two
lines up) put another coding's memo, or nothing, in its place, and what had been typed was gone.
It is now saved on the coding it was typed for, as when the window closes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.core.offsets import to_utf16
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import shown_window

TEXTS = ("نريد قانوناً عادلاً للانتخابات 👍🏽 قبل ٢٠٢٥.", "کۆتای ئافرەتان دەبێت بمێنێت، بەڵام بە ڕێکخستنی نوێ.")
MEMO = "تێبینی: ئەم بەشە دووبارە دەبێتەوە لە گروپی ٢"


def _type(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="السليمانية", date=dt.date(2023, 1, 5), governorate="sulaymaniyah")
        s.add(sess)
        s.flush()
        turns = [TranscriptTurn(session_id=sess.id, position=float(i), text=t) for i, t in enumerate(TEXTS)]
        s.add_all(turns)
        s.flush()
        quota = codebook.create_code(s, name_ckb="کۆتا", name_en="Quota").id
        law = codebook.create_code(s, name_ar="القانون", name_en="Law").id
        coding.apply_code(s, quota, "transcript_turn", turns[1].id, "text", 0, 14, "amal")
        coding.apply_code(s, law, "transcript_turn", turns[0].id, "text", 5, 12, "amal")
        session_id = sess.id
    return shown_window(ctx, qtbot, session_id, active=False)


def _caret(ws: CodingWorkspace, turn: int, index: int) -> None:
    block = ws.blocks[turn]
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.start + to_utf16(block.doc.text, index))
    ws.view.setTextCursor(cursor)


def _memos(ctx: AppContext) -> dict[str, str]:
    with ctx.store.session() as s:
        return {seg.quote: seg.memo for seg in s.scalars(select(CodedSegment))}


@pytest.mark.parametrize("elsewhere", [(0, 7), (0, 30)], ids=["another coding", "no coding"])
def test_a_memo_typed_is_kept_when_the_cursor_moves(ctx: AppContext, ws: CodingWorkspace,
                                                    elsewhere: tuple[int, int]) -> None:
    _caret(ws, 1, 3)
    assert [ws.here.item(i).text() for i in range(ws.here.count())] == ["Quota"]
    ws.memo.setFocus()
    _type(ws.memo, MEMO)
    _caret(ws, *elsewhere)  # a click in the text, before Save memo
    assert ws.memo.toPlainText() == ""
    assert ctx.tasks.drain(10_000)
    assert _memos(ctx) == {"کۆتای ئافرەتان": MEMO, "قانوناً": ""}
    _caret(ws, 1, 5)  # back on the coding: its memo is there
    assert ws.memo.toPlainText() == MEMO


def test_a_memo_typed_is_kept_when_the_window_closes(ctx: AppContext, ws: CodingWorkspace) -> None:
    _caret(ws, 0, 6)
    ws.memo.setPlainText("مهم للتقرير")
    ws.close()
    assert ctx.tasks.drain(10_000)
    assert _memos(ctx)["قانوناً"] == "مهم للتقرير"


def test_a_memo_left_as_it_was_writes_nothing(ctx: AppContext, ws: CodingWorkspace) -> None:
    _caret(ws, 0, 6)
    _caret(ws, 1, 3)
    _caret(ws, 0, 30)
    assert not ctx.tasks.busy
    with ctx.store.session() as s:
        assert all(seg.memo == "" for seg in s.scalars(select(CodedSegment)))


SAVED = {"ar": "حُفظت المذكرة.", "ckb": "تێبینییەکە پاشەکەوت کرا.", "en": "Memo saved."}
NO_CODING = {"ar": "ضع المؤشر في مقطع مرمَّز لتكتب مذكرته.",
             "ckb": "نیشانەکەر بخەرە ناو بڕگەیەکی کۆدکراو بۆ نووسینی تێبینییەکەی.",
             "en": "Put the cursor in a coded passage to write its memo."}


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_save_memo_says_what_it_did(ctx: AppContext, ws: CodingWorkspace, lang: str) -> None:
    """Save memo changed nothing on screen, and with no coding at the cursor did nothing at all."""
    ctx.language.set_language(lang)
    _caret(ws, 1, 3)
    ws.memo.setPlainText(MEMO)
    ws.memo_btn.click()
    assert ctx.tasks.drain(10_000)
    assert ws.status.text() == SAVED[lang]
    assert _memos(ctx)["کۆتای ئافرەتان"] == MEMO
    _caret(ws, 0, 30)
    ws.memo.setPlainText("بلا ترميز")
    ws.memo_btn.click()
    assert ws.status.text() == NO_CODING[lang]
