"""F8 and Shift+F8 go from coding to coding in the coding window, in reading order.

Before, the only way to the next coded passage of a long transcript was to scroll and look for a
highlight, and of two codings starting on one word the list beside the text always offered the
first: F8 selects each coding's words in turn and makes its code the current one, so its memo and
Remove coding are about it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.core.offsets import to_utf16
from desktop.ui.coding.jump import neighbour
from desktop.ui.coding.window import open_coding_window
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, shown_window

TEXTS = ("👋🏽 بەخێربێن بۆ گفتوگۆکە، ئەمڕۆ باسی یاسای هەڵبژاردن دەکەین.",
         "المركز بعيد ١٥ كم 😞 والطريق غير آمن للنساء بعد 6 مساءً",
         "IHEC ما حدّثت بطاقتي")
# (turn, words, code): two codings start on "المركز", the shorter nested in the longer.
CODINGS = [(1, "المركز بعيد ١٥ كم 😞 والطريق غير آمن", "access"), (1, "المركز بعيد", "distance"),
           (0, "یاسای هەڵبژاردن", "law"), (2, "بطاقتي", "access"), (1, "للنساء", "women")]
ORDER = ["یاسای هەڵبژاردن", "المركز بعيد ١٥ كم 😞 والطريق غير آمن", "المركز بعيد", "للنساء", "بطاقتي"]
# The shortcuts in left-to-right isolates (tests/i18n/test_latin_runs_isolated.py).
BUTTONS = {"ar": ("السابق (\u2066Shift+F8\u2069)", "التالي (\u2066F8\u2069)"),
           "ckb": ("پێشوو (\u2066Shift+F8\u2069)", "دواتر (\u2066F8\u2069)"),
           "en": ("Previous (Shift+F8)", "Next (F8)")}
NONE_YET = {"ar": "لم يُرمَّز أي نص هنا بعد.", "ckb": "هێشتا هیچ دەقێک لێرە کۆد نەکراوە.",
            "en": "No text is coded here yet."}


ctx = coder_context_fixture()


def _session(ctx: AppContext, codings: list[tuple[int, str, str]]) -> str:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="دهۆک", date=dt.date(2023, 1, 5), governorate="duhok")
        s.add(sess)
        s.flush()
        turns = [TranscriptTurn(session_id=sess.id, position=float(i), text=t) for i, t in enumerate(TEXTS)]
        s.add_all(turns)
        s.flush()
        codes = {key: codebook.create_code(s, name_en=key).id for key in ("access", "distance", "law", "women")}
        for turn, words, key in codings:
            start = TEXTS[turn].index(words)
            coding.apply_code(s, codes[key], "transcript_turn", turns[turn].id, "text", start, start + len(words), "amal")
        return sess.id


def _window(ctx: AppContext, qtbot: QtBot, session_id: str) -> CodingWorkspace:
    ws = shown_window(ctx, qtbot, session_id, (1100, 750))
    ws.view.setFocus()
    return ws


def _f8(ws: CodingWorkspace, back: bool = False) -> str:
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    QTest.keyClick(ws.view, Qt.Key.Key_F8, modifier)
    return ws.view.textCursor().selectedText()


def test_f8_visits_every_coding_in_reading_order(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot, _session(ctx, CODINGS))
    assert (ws.prev_btn.text(), ws.next_btn.text()) == BUTTONS[ctx.language.language]
    assert [_f8(ws) for _ in ORDER] == ORDER
    assert _f8(ws) == ORDER[0]  # round again
    assert [_f8(ws, back=True) for _ in ORDER] == [*reversed(ORDER[1:]), ORDER[0]]
    # From a caret inside the second turn, after the nested codings' start: the next one after it.
    block = ws.blocks[1]
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.start + to_utf16(block.doc.text, block.doc.text.index("غير")))
    ws.view.setTextCursor(cursor)
    assert _f8(ws) == "للنساء"


def test_the_coding_jumped_to_is_the_one_removed(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot, _session(ctx, CODINGS))
    for _ in range(3):
        _f8(ws)
    assert ws.view.textCursor().selectedText() == "المركز بعيد"
    assert ws.here.count() == 2 and ws.here.currentItem().text() == "distance"
    ws.remove_btn.click()
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        quotes = {seg.quote for seg in s.scalars(select(CodedSegment).where(CodedSegment.deleted.is_(False)))}
    assert "المركز بعيد" not in quotes and "المركز بعيد ١٥ كم 😞 والطريق غير آمن" in quotes


def test_f8_with_nothing_coded_says_so(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot, _session(ctx, []))
    _f8(ws)
    assert ws.status.text() == NONE_YET[ctx.language.language]
    assert not ws.view.textCursor().hasSelection()


def test_neighbour_goes_round_and_starts_from_the_cursor() -> None:
    spans = [(10, 20, "b"), (0, 5, "a"), (10, 12, "c")]
    assert neighbour(spans, None, 0, forward=True) == "a"
    assert neighbour(spans, "a", 0, forward=True) == "b"
    assert neighbour(spans, "c", 0, forward=True) == "a"
    assert neighbour(spans, None, 11, forward=True) == "a"
    assert neighbour(spans, None, 11, forward=False) == "c"
    assert neighbour(spans, None, 0, forward=False) == "c"
    assert neighbour([], None, 0, forward=True) is None


def test_a_coding_opened_from_elsewhere_is_the_current_one(ctx: AppContext, qtbot: QtBot) -> None:
    """Retrieval's 'jump to segment' and a quote's link open the window on a coding: of two starting
    on one word, its memo is shown, not the other's."""
    session_id = _session(ctx, CODINGS)
    outer_words = "المركز بعيد ١٥ كم 😞 والطريق غير آمن"
    with ctx.store.transaction() as s:
        outer = s.scalars(select(CodedSegment).where(CodedSegment.quote == outer_words)).one()
        outer.memo = "المسافة والأمان معاً"
        outer_id = outer.id
    win = open_coding_window(ctx, session_id, outer_id)
    qtbot.addWidget(win)
    assert win.view.textCursor().selectedText() == outer_words
    assert win.here.count() == 2 and win.here.currentItem().text() == "access"
    assert win.memo.toPlainText() == "المسافة والأمان معاً"
