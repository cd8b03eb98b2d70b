"""The coding window says in the interface's language why a selection was not coded: a double click
that landed between two words selects only spaces. Before, the core's English line ("the selection
holds only spaces") showed on a Kurdish screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.ui_helpers import language_fixture

T = QApplication.translate


language = language_fixture("ckb")


def test_coding_only_spaces_is_said_in_kurdish(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="گفتوگۆی هەولێر", date=dt.date(2026, 11, 20), governorate="erbil")
        s.add(session)
        s.flush()
        s.add(TranscriptTurn(session_id=session.id, position=1.0, text="یاسای   هەڵبژاردن"))
        code = codebook.create_code(s, name_ckb="یاسا")
        session_id, code_id = session.id, code.id
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.show()
    block = ws.blocks[0]
    start = block.doc.text.index("   ")
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.start + start)
    cursor.setPosition(block.start + start + 3, QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)
    expected = T("CodingError", "the selection holds only spaces")
    assert expected != "the selection holds only spaces"
    for act in (ws.in_vivo, lambda: ws.apply_code(code_id)):
        ws.status.clear()
        act()
        assert ctx.tasks.wait(10_000)
        QApplication.processEvents()
        assert ws.status.text() == expected
