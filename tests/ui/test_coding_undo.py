"""Ctrl+Z in the coding window takes back the last coding made, made in vivo or removed there.

Before, a researcher who coded the wrong words (or removed the wrong coding of two overlapping ones)
had no way back but to find the segment again, or to recreate the coding and retype its memo.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

TEXTS = ("أنا صوّتُ في 2018 بس هالمرة ما رحت لأن الـ IHEC ما حدّثت بطاقتي 😞 والمركز بعيد ١٥ كم",
         "ئافرەتان لە گوندەکان ناتوانن بڕۆن بۆ بنکەکان 🇮🇶 چونکە ڕێگاکان خراپن")


UNDONE = {"ar": "تمّ التراجع عن الترميز.", "ckb": "پاشگەز بوویتەوە لە کۆدکردنەکە.", "en": "Coding undone."}
NOTHING = {"ar": "لا شيء للتراجع عنه.", "ckb": "هیچ شتێک نییە بۆ پاشگەزبوونەوە.", "en": "Nothing to undo."}
MOVED = {"ar": "عُدِّلت الكلمات منذ ذلك الحين: لا يمكن استعادة الترميز.",
         "ckb": "وشەکان لەو کاتەوە دەستکاری کراون: کۆدکردنەکە ناگەڕێتەوە.",
         "en": "the words were edited since: the coding cannot be brought back"}


def _type(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


ctx = coder_context_fixture()


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="كركوك", date=dt.date(2023, 1, 5), governorate="kirkuk")
        s.add(sess)
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), text=t) for i, t in enumerate(TEXTS))
        codebook.create_code(s, name_ar="عوائق الوصول", name_ckb="ڕێگرەکانی گەیشتن", name_en="Access barriers")
        session_id = sess.id
    return shown_window(ctx, qtbot, session_id)


def _live(ctx: AppContext) -> list[tuple[str, str, str]]:
    with ctx.store.session() as s:
        return sorted((seg.quote, seg.coder, seg.memo) for seg in s.scalars(
            select(CodedSegment).where(CodedSegment.deleted.is_(False))))


def _code_count(ctx: AppContext) -> int:
    with ctx.store.session() as s:
        return len(codebook.live_codes(s))


def _key(ws: CodingWorkspace, key: Qt.Key, widget: QWidget | None = None) -> None:
    QTest.keyClick(widget or ws.view, key, Qt.KeyboardModifier.ControlModifier)
    assert ws.ctx.tasks.drain(10_000)


def _code_with_picker(ws: CodingWorkspace, turn: int, words: str) -> None:
    select_words(ws, turn=turn, words=words, focus=True)
    _key(ws, Qt.Key.Key_K)
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    assert ws.ctx.tasks.drain(10_000)


def test_ctrl_z_takes_back_codings_in_turn(ctx: AppContext, ws: CodingWorkspace, qtbot: QtBot) -> None:
    _code_with_picker(ws, 0, "IHEC ما حدّثت بطاقتي 😞")
    _code_with_picker(ws, 1, "ناتوانن بڕۆن بۆ بنکەکان 🇮🇶")
    assert len(_live(ctx)) == 2 and ws.undo_btn.isEnabled()
    _key(ws, Qt.Key.Key_Z)
    assert _live(ctx) == [("IHEC ما حدّثت بطاقتي 😞", "amal", "")]
    qtbot.waitUntil(lambda: len(ws.view.extraSelections()) == 1)
    assert ws.status.text() == UNDONE[ctx.language.language]
    _key(ws, Qt.Key.Key_Z)
    assert _live(ctx) == [] and not ws.undo_btn.isEnabled()
    qtbot.waitUntil(lambda: ws.view.extraSelections() == [])
    _key(ws, Qt.Key.Key_Z)
    assert ws.status.text() == NOTHING[ctx.language.language]


def test_ctrl_z_takes_back_an_in_vivo_code_with_its_code(ctx: AppContext, ws: CodingWorkspace, qtbot: QtBot) -> None:
    select_words(ws, turn=1, words="ڕێگاکان خراپن", focus=True)
    _key(ws, Qt.Key.Key_I)
    assert _code_count(ctx) == 2 and len(_live(ctx)) == 1
    qtbot.waitUntil(lambda: ws.codes.rowCount() == 2)
    _key(ws, Qt.Key.Key_Z)
    assert _code_count(ctx) == 1 and _live(ctx) == []
    qtbot.waitUntil(lambda: ws.codes.rowCount() == 1)
    # In vivo of words a code already has applies it: undoing that keeps the code.
    select_words(ws, turn=1, words="ڕێگاکان خراپن", focus=True)
    _key(ws, Qt.Key.Key_I)
    ws.remove_btn.click()
    assert ctx.tasks.drain(10_000)
    ws.vivo_btn.click()
    assert ctx.tasks.drain(10_000)
    assert _code_count(ctx) == 2 and len(_live(ctx)) == 1
    _key(ws, Qt.Key.Key_Z)
    assert _code_count(ctx) == 2 and _live(ctx) == []


def test_ctrl_z_brings_back_a_coding_removed_with_its_memo(ctx: AppContext, ws: CodingWorkspace,
                                                           qtbot: QtBot) -> None:
    turn_id, quote = ws.blocks[0].doc.id, TEXTS[0][:8]

    def sara_codes(s):  # type: ignore[no-untyped-def]
        (code,) = codebook.live_codes(s)
        coding.apply_code(s, code.id, "transcript_turn", turn_id, "text", 0, 8, "sara", memo="مهم جداً")

    CollectionOp(ctx, sara_codes).run_in_background()  # another coder's coding, from her bundle
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: len(ws.segments) == 1)
    select_words(ws, turn=0, words=quote, focus=True)
    ws.remove_btn.click()
    assert ctx.tasks.drain(10_000)
    assert _live(ctx) == []
    _key(ws, Qt.Key.Key_Z)
    assert _live(ctx) == [(quote, "sara", "مهم جداً")]  # the other coder's coding, her memo
    qtbot.waitUntil(lambda: len(ws.view.extraSelections()) == 1)


def test_a_removal_is_not_undone_onto_words_edited_since(ctx: AppContext, ws: CodingWorkspace,
                                                         qtbot: QtBot) -> None:
    _code_with_picker(ws, 0, "والمركز بعيد")
    select_words(ws, turn=0, words="والمركز بعيد", focus=True)
    ws.remove_btn.click()
    assert ctx.tasks.drain(10_000)
    turn_id = ws.blocks[0].doc.id

    def edit(s):  # type: ignore[no-untyped-def]
        s.get(TranscriptTurn, turn_id).text = "👍🏽 " + TEXTS[0]

    CollectionOp(ctx, edit).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: ws.blocks[0].doc.text != TEXTS[0])
    _key(ws, Qt.Key.Key_Z)
    assert _live(ctx) == []
    assert ws.status.text() == MOVED[ctx.language.language]


def test_ctrl_z_in_the_memo_box_undoes_typing_only(ctx: AppContext, ws: CodingWorkspace) -> None:
    _code_with_picker(ws, 0, "IHEC")
    ws.memo.setFocus()
    _type(ws.memo, "ملاحظة")
    _key(ws, Qt.Key.Key_Z, ws.memo)
    assert len(_live(ctx)) == 1
    assert ws.memo.toPlainText() != "ملاحظة"
