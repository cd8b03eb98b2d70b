"""Words selected a word at a time (Ctrl+Shift+Arrow) are coded without the space after them.

The selection takes the space that follows the last word, and the coded quote, the highlight and
every export of it ended with that space. The ends are trimmed in code points after the view's
UTF-16 positions are converted (an emoji before the words takes two units); a ZWNJ inside a Sorani
word is spelling and stays.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.coding import without_outer_spaces
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, shown_window

ZWNJ = "\u200c"
TURNS = ("😀 نريد قانوناً عادلاً للانتخابات",
         f"📣 دەنگ{ZWNJ}دەرەکان دەیانەوێت یاسا بگۆڕدرێت",
         "We want a fair law now.")
# (turn, first word, words selected, the quote coded)
CASES = [(0, "قانوناً", 1, "قانوناً"),
         (1, f"دەنگ{ZWNJ}دەرەکان", 2, f"دەنگ{ZWNJ}دەرەکان دەیانەوێت"),
         (2, "fair", 2, "fair law")]

ctx = coder_context_fixture()


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="السليمانية", date=dt.date(2026, 11, 5), governorate="sulaymaniyah")
        s.add(sess)
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), text=t) for i, t in enumerate(TURNS))
        codebook.create_code(s, name_ar="القانون", name_ckb="یاسا", name_en="Law")
        session_id = sess.id
    return shown_window(ctx, qtbot, session_id, (1100, 750))


def _select_word_by_word(ws: CodingWorkspace, turn: int, word: str, words: int) -> str:
    """The caret before ``word``, then Ctrl+Shift+Arrow ``words`` times, in the reading direction."""
    block = ws.blocks[turn]
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.to_doc(block.doc.text.index(word)))  # UTF-16: after the emoji's two units
    ws.view.setTextCursor(cursor)
    ws.view.setFocus()
    rtl = cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft
    forward = Qt.Key.Key_Left if rtl else Qt.Key.Key_Right  # the arrow pointing where the words go
    for _ in range(words):
        QTest.keyClick(ws.view, forward, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    return ws.view.textCursor().selectedText()


@pytest.mark.parametrize(("turn", "word", "words", "quote"), CASES)
def test_a_word_wise_selection_is_coded_without_its_trailing_space(ctx: AppContext, ws: CodingWorkspace, turn: int,
                                                                   word: str, words: int, quote: str) -> None:
    selected = _select_word_by_word(ws, turn, word, words)
    assert selected == quote + " "  # as Qt selects it: the space after the last word too
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ws.picker.isVisible()
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        (seg,) = s.scalars(select(CodedSegment).where(CodedSegment.deleted.is_(False))).all()
        assert seg.quote == quote
        assert TURNS[turn][seg.start:seg.end] == quote  # code points of the stored text


def test_only_white_space_goes_from_the_ends() -> None:
    text = f"\u00a0 خانه{ZWNJ} {ZWNJ}کۆمسیۆن\n"
    start, end = without_outer_spaces(text, 0, len(text))
    assert text[start:end] == f"خانه{ZWNJ} {ZWNJ}کۆمسیۆن"  # a joiner is not a space
    assert without_outer_spaces("a   b", 1, 4) == (1, 4)  # only spaces: left for the refusal
