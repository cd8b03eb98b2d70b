""""Remove coding" with the cursor in words no code covers.

Before, the button did nothing at all there (no change, no word), while "Save memo" in the same
place says where to put the cursor. Now it says so too, in the interface's language; nothing is
removed, and in a coded passage it still removes the coding.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import codebook
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

TEXT = "👍🏽 قانونُ الانتخابات العادل والدوائر المتعددة"
WHERE = "Put the cursor in a coded passage to remove its coding."

ctx = coder_context_fixture()


def _live(ctx: AppContext) -> int:
    with ctx.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(CodedSegment).where(CodedSegment.deleted.is_(False))) or 0)


def test_remove_coding_in_uncoded_words_says_where(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="أربيل", date=dt.date(2026, 11, 20), governorate="erbil")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=1.0, text=TEXT))
        code_id = codebook.create_code(s, name_ar="قانون", name_en="Law").id
        session_id = sess.id
    ws = shown_window(ctx, qtbot, session_id)
    select_words(ws, "الانتخابات")
    ws.apply_code(code_id)
    qtbot.waitUntil(lambda: len(ws.segments) == 1)

    block = ws.blocks[0]
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.to_doc(TEXT.index("المتعددة") + 2))
    ws.view.setTextCursor(cursor)
    assert ws.here.count() == 0
    ws.remove_btn.click()
    assert ctx.tasks.drain(10_000)
    assert ws.status.text() == QCoreApplication.translate("CodingWorkspace", WHERE)
    assert _live(ctx) == 1

    select_words(ws, "الانتخابات")
    ws.remove_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: _live(ctx) == 0)
