"""An open coding window shows codings made elsewhere, without losing its place.

"Code all hits" on the Reports page (or a bundle from another coder) coded words of a session whose
coding window was open: the window reloaded only when a text or the codebook changed, so the new
segments stayed invisible until it was opened again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding
from desktop.core.models import Session, TranscriptTurn
from desktop.core.offsets import to_utf16
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp

TEXTS = ("نريد قانوناً عادلاً للانتخابات.", "الكوتا تحمي مقاعد النساء 👍🏽 في المجلس.")


def test_a_coding_made_elsewhere_shows_in_the_open_window(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="البصرة", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        turns = [TranscriptTurn(session_id=sess.id, position=float(i), text=t) for i, t in enumerate(TEXTS)]
        s.add_all(turns)
        s.flush()
        quotas = codebook.create_code(s, name_ar="الكوتا").id
        session_id, turn_id = sess.id, turns[1].id
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.show()
    assert ws.segments == []
    # The coordinator's place in the text: the cursor inside the second turn, the memo half typed.
    block = ws.blocks[1]
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.start + to_utf16(block.doc.text, 3))
    ws.view.setTextCursor(cursor)
    text_before = ws.view.toPlainText()
    start = TEXTS[1].index("النساء")
    # Elsewhere (the Reports page's Code all hits): the same operation path as every page.
    CollectionOp(ctx, lambda s: coding.apply_code(s, quotas, "transcript_turn", turn_id, "text", 0,
                                                  start + len("النساء"), "amal")).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: len(ws.segments) == 1)
    assert ws.segments[0].code_id == quotas
    assert ws.view.toPlainText() == text_before  # the text was not rebuilt under the reader
    assert ws.view.textCursor().position() == cursor.position()
    assert ws.here.count() == 1  # the segment under the cursor is listed beside the text
    # A memo being typed on it survives another coder's coding arriving meanwhile.
    ws.memo.setPlainText("ملاحظة لم تُحفظ بعد")
    CollectionOp(ctx, lambda s: coding.apply_code(s, quotas, "transcript_turn", turn_id, "text", 0, 4,
                                                  "sara")).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: len(ws.segments) == 2)
    assert ws.memo.toPlainText() == "ملاحظة لم تُحفظ بعد"
