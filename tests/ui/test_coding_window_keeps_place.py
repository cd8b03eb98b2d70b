"""The coding window keeps the reader's place in a long transcript, and says at once what it cannot code.

An in-vivo code (Ctrl+I) changes the codebook: the window built the whole transcript again, which
on a few thousand turns took over a second and sent the researcher back to its top, the cursor at
its end. Ctrl+A then Ctrl+K opened the picker on a selection spanning every turn, and only after a
code was looked up and chosen said that a selection must stay within one turn.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Code, Participant, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.qt_i18n import LanguageManager
from tests.coding_window_helpers import select_words

TURN = "خۆشحاڵم کە دەنگم دا، بەڵام کۆمسیۆن (IHEC) زۆر دواکەوت 👍🏽 ٣ کاتژمێر چاوەڕێ بووین لە 2018."
WORDS = "کۆمسیۆن (IHEC) زۆر دواکەوت 👍🏽"


@pytest.fixture
def session_id(ctx: AppContext) -> str:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2023, 1, 5), governorate="erbil")
        person = Participant(code="ERB-FG02-P03")
        s.add_all([sess, person])
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), participant_id=person.id if i % 2 else None,
                                 text=f"{i}: {TURN}") for i in range(300))
        codebook.create_code(s, name_ckb="متمانە", name_en="Trust", colour="#1565c0")
        return sess.id


def _window(ctx: AppContext, qtbot: QtBot, session_id: str) -> CodingWorkspace:
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1100, 750)
    with qtbot.waitExposed(ws):
        ws.show()
    return ws


def test_in_vivo_keeps_the_place_in_a_long_transcript(ctx: AppContext, qtbot: QtBot, session_id: str) -> None:
    ws = _window(ctx, qtbot, session_id)
    cursor = select_words(ws, turn=250, words=WORDS, visible=True)
    scroll = ws.view.verticalScrollBar().value()
    assert scroll > 1000
    ws.view.setFocus()
    QTest.keyClick(ws.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: len(ws.segments) == 1)
    assert ws.view.verticalScrollBar().value() == scroll
    assert (ws.view.textCursor().anchor(), ws.view.textCursor().position()) == (cursor.anchor(), cursor.position())
    assert ws.view.textCursor().selectedText() == WORDS
    # The new code is named beside the text, and highlights exactly the words.
    assert [ws.here.item(i).text() for i in range(ws.here.count())] == [WORDS]
    (highlight,) = ws.view.extraSelections()
    assert highlight.cursor.selectedText() == WORDS


def test_a_code_renamed_elsewhere_is_renamed_beside_the_text(ctx: AppContext, qtbot: QtBot, session_id: str) -> None:
    ws = _window(ctx, qtbot, session_id)
    with ctx.store.session() as s:
        (trust,) = (c.id for c in codebook.live_codes(s))
    select_words(ws, turn=200, words=WORDS, visible=True)
    ws.apply_code(trust)
    assert ctx.tasks.drain(10_000)
    scroll = ws.view.verticalScrollBar().value()
    ctx.language.set_language("ckb")

    def rename(s):  # type: ignore[no-untyped-def]
        s.get(Code, trust).name_ckb = "متمانە بە کۆمسیۆن"

    CollectionOp(ctx, rename).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: ws.here.count() == 1 and ws.here.item(0).text() == "متمانە بە کۆمسیۆن")
    assert ws.view.verticalScrollBar().value() == scroll


def test_a_turn_edited_elsewhere_shows_without_losing_the_place(ctx: AppContext, qtbot: QtBot,
                                                                session_id: str) -> None:
    ws = _window(ctx, qtbot, session_id)
    select_words(ws, turn=220, words=WORDS, visible=True)
    scroll = ws.view.verticalScrollBar().value()
    turn_id = ws.blocks[5].doc.id

    def edit(s):  # type: ignore[no-untyped-def]
        s.get(TranscriptTurn, turn_id).text = "5: گۆڕدرا"

    CollectionOp(ctx, edit).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: ws.blocks[5].doc.text == "5: گۆڕدرا")
    assert ws.view.verticalScrollBar().value() == scroll


@pytest.fixture
def arabic(manager: LanguageManager) -> LanguageManager:
    manager.set_language("ar")
    return manager


def test_ctrl_a_then_ctrl_k_says_why_at_once(arabic: LanguageManager, store, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.context import AppContext as Ctx
    from desktop.ui.tasks import TaskRunner

    ctx = Ctx(store=store, language=arabic, tasks=TaskRunner(), user_name="amal")
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="البصرة", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), text=t)
                  for i, t in enumerate(("نريد قانوناً عادلاً.", "الكوتا تحمي مقاعد النساء 👍🏽")))
        codebook.create_code(s, name_ar="الكوتا")
        session_id = sess.id
    ws = _window(ctx, qtbot, session_id)
    ws.activateWindow()
    ws.view.setFocus()
    QTest.keyClick(ws.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not ws.picker.isVisible()
    assert ws.status.text() == "يجب أن يبقى التحديد داخل مداخلة واحدة أو ملاحظة أو قرار واحد."
    # A selection inside one turn opens it, and the refusal goes.
    select_words(ws, turn=1, words="النساء 👍🏽", visible=True)
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ws.picker.isVisible() and ws.status.text() == ""
    assert ctx.tasks.drain(10_000)


def test_codes_at_the_cursor_follow_a_selection_ending_at_the_same_place(ctx: AppContext, qtbot: QtBot,
                                                                         session_id: str) -> None:
    """Shift+Home from the end of the coded words, or a drag back from there, ends where the last
    selection ended: the caret does not move, yet the selection now starts outside the coding."""
    ws = _window(ctx, qtbot, session_id)
    with ctx.store.session() as s:
        (trust,) = (c.id for c in codebook.live_codes(s))
    select_words(ws, turn=3, words=WORDS, visible=True)
    ws.apply_code(trust)
    assert ctx.tasks.drain(10_000)
    select_words(ws, turn=3, words=WORDS, visible=True)
    assert ws.here.count() == 1
    select_words(ws, turn=3, words="بەڵام " + WORDS, visible=True)
    assert ws.here.count() == 0
