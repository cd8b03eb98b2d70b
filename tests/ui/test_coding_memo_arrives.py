"""A memo written elsewhere (a bundle from another coder, another window) on the coding whose memo
is in the box shows there at once, unless the researcher is typing in the box: hers stays.

Before, the box kept the memo it had when the coding was chosen until the researcher left the
coding, and a save of what it showed would have put the old memo back over the new one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding
from desktop.core.models import Code, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture, shown_window

ctx = coder_context_fixture()
TEXT = "کۆتای ئافرەتان دەبێت بمێنێت، بەڵام بە ڕێکخستنی نوێ 👍🏽."
ARRIVED = "تێبینی هاوکارەکەم: ئەمە لە گروپی ٢ دووبارە بووەوە"
TYPED = "ملاحظتي"


def _window(ctx: AppContext, qtbot: QtBot) -> tuple[CodingWorkspace, str, str]:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2023, 1, 5), governorate="erbil")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=0.0, text=TEXT)
        s.add(turn)
        s.flush()
        quota = codebook.create_code(s, name_ckb="کۆتا", name_en="Quota").id
        seg = coding.apply_code(s, quota, "transcript_turn", turn.id, "text", 0, 14, "amal").id
        session_id = sess.id
    ws = shown_window(ctx, qtbot, session_id, active=False)
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(ws.blocks[0].start + 3)
    ws.view.setTextCursor(cursor)
    assert ws.here.count() == 1 and ws.memo.toPlainText() == ""
    return ws, seg, quota


def _elsewhere(ctx: AppContext, op) -> None:  # type: ignore[no-untyped-def]
    CollectionOp(ctx, op).run_in_background()
    assert ctx.tasks.drain(10_000)


def test_a_memo_that_arrives_shows_in_the_box(ctx: AppContext, qtbot: QtBot) -> None:
    ws, seg, _ = _window(ctx, qtbot)
    _elsewhere(ctx, lambda s: coding.set_memo(s, seg, ARRIVED))
    assert ws.memo.toPlainText() == ARRIVED
    ws.memo.clear()  # and the box knows it as stored: what the researcher changes is hers
    assert ws.memo.typed()


def test_a_memo_that_arrives_with_a_renamed_code_shows_in_the_box(ctx: AppContext, qtbot: QtBot) -> None:
    ws, seg, quota = _window(ctx, qtbot)

    def both(s):  # type: ignore[no-untyped-def]
        coding.set_memo(s, seg, ARRIVED)
        s.get(Code, quota).name_en = "Quotas"

    _elsewhere(ctx, both)
    assert ws.memo.toPlainText() == ARRIVED
    assert not ws.memo.typed()


def test_typing_in_the_box_is_kept_when_a_memo_arrives(ctx: AppContext, qtbot: QtBot) -> None:
    ws, seg, _ = _window(ctx, qtbot)
    ws.memo.setFocus()
    for ch in TYPED:
        QTest.sendKeyEvent(QTest.KeyAction.Click, ws.memo, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
    _elsewhere(ctx, lambda s: coding.set_memo(s, seg, ARRIVED))
    assert ws.memo.toPlainText() == TYPED
    assert ws.memo.typed()
