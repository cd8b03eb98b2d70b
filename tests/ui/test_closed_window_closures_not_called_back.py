"""A window closed while its work is on the database worker is not called back by a closure either.

tests/ui/test_closed_editor_not_called_back.py covers Add participant and a success that is a
widget's own method. These are the closures a person reaches: a coding made, made in vivo, removed
or undone (or a memo saved) and the coding window closed at once; a participant removed from a focus
group and the editor closed; a session's PDF asked for and the editor closed while it is written.
Each raised "Internal C++ object already deleted" on the UI thread (pytest-qt fails the test on it).
The work itself is still done; the PDF's outcome is said in the main window's status bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding, participants, sessions
from desktop.core.db import Store
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.core.offsets import to_utf16
from desktop.ui.coding.window import open_coding_window
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import PEOPLE_TAB, FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.select_row import select_row
from tests.coding_window_helpers import coder_context_fixture, select_words
from tests.ui_helpers import main_window

ctx = coder_context_fixture()
TEXT = "نريد قانوناً عادلاً للانتخابات قبل ٢٠٢٥."


@pytest.fixture(autouse=True)
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    def answer(*_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))


def deleted_now() -> None:
    """A closed window deleted as Qt deletes it, before any result queued from the worker."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def coded_session(store: Store) -> tuple[str, str]:
    """A session of one turn, its first word coded with "Law"; (session id, code id)."""
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="البصرة", date=dt.date(2026, 3, 1), governorate="basra")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=0.0, text=TEXT)
        s.add(turn)
        s.flush()
        law = codebook.create_code(s, name_ar="القانون", name_en="Law").id
        coding.apply_code(s, law, "transcript_turn", turn.id, "text", 0, 4, "amal")
        return sess.id, law


def caret_in_coding(ws: CodingWorkspace) -> None:
    block = ws.blocks[0]
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.start + to_utf16(block.doc.text, 2))
    ws.view.setTextCursor(cursor)
    assert ws.here.count() == 1


def quotes(store: Store) -> dict[str, str]:
    with store.session() as s:
        return {seg.quote: seg.memo for seg in s.scalars(select(CodedSegment).where(CodedSegment.deleted.is_(False)))}


def code(ws: CodingWorkspace, law: str) -> None:
    select_words(ws, "عادلاً")
    ws.apply_code(law)


def in_vivo(ws: CodingWorkspace, _law: str) -> None:
    select_words(ws, "للانتخابات")
    ws.vivo_btn.click()


def remove(ws: CodingWorkspace, _law: str) -> None:
    caret_in_coding(ws)
    ws.remove_btn.click()


def undo(ws: CodingWorkspace, law: str) -> None:
    code(ws, law)
    assert ws.ctx.tasks.drain(10_000)
    ws.undo_btn.click()


def memo(ws: CodingWorkspace, _law: str) -> None:
    caret_in_coding(ws)
    ws.memo.setPlainText("تێبینی")
    ws.memo_btn.click()


@pytest.mark.parametrize("act, stored", [
    (code, {"نريد": "", "عادلاً": ""}),
    (in_vivo, {"نريد": "", "للانتخابات": ""}),
    (remove, {}),
    (undo, {"نريد": ""}),
    (memo, {"نريد": "تێبینی"}),
], ids=["code", "in vivo", "remove", "undo", "memo"])
def test_a_coding_window_closed_at_once_is_not_called_back(ctx: AppContext, qtbot: QtBot,
                                                           act: Callable[[CodingWorkspace, str], None],
                                                           stored: dict[str, str]) -> None:
    session_id, law = coded_session(ctx.store)
    ws = open_coding_window(ctx, session_id)
    qtbot.waitExposed(ws)
    act(ws, law)
    assert ctx.tasks.busy  # the change is still on the worker
    ws.close()
    deleted_now()
    assert not shiboken6.isValid(ws)
    assert ctx.tasks.drain(10_000)  # an exception raised here fails the test (pytest-qt)
    assert quotes(ctx.store) == stored  # the change was still made


def seated(store: Store, session_id: str) -> list[str]:
    with store.session() as s:
        return [p.code for p in participants.session_participants(s, session_id)]


def test_a_focus_group_closed_while_removing_a_participant(manager: LanguageManager, store: Store,
                                                           qtbot: QtBot) -> None:
    session_id = sessions.create_session(store, "focus_group", title="گروپی فۆکەس", governorate="basra")
    with store.transaction() as s:
        participants.add_to_session(s, session_id)
        participants.add_to_session(s, session_id)
    window = main_window(manager, store, qtbot, "ckb")
    editor = window.open_session(session_id)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    editor.tabs.setCurrentIndex(PEOPLE_TAB)
    select_row(editor.people_view, 1)
    editor.remove_button.click()
    assert window.ctx.tasks.busy
    assert window.close_editor()
    deleted_now()
    assert not shiboken6.isValid(editor)
    assert window.ctx.tasks.drain(10_000)
    assert seated(store, session_id) == ["BSR-FG01-P01"]


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_a_session_closed_while_its_pdf_is_written(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                   tmp_path: Path, kind: str) -> None:
    session_id = sessions.create_session(store, kind, title="طاولة البصرة", governorate="basra")
    window = main_window(manager, store, qtbot, "ar")
    editor = window.open_session(session_id)
    assert isinstance(editor, RoundtableEditor | FocusGroupEditor)
    qtbot.waitUntil(lambda: getattr(editor, "is_loaded", True), timeout=10_000)
    target = tmp_path / "minutes.pdf"
    editor.pdf_button.export("minutes", str(target))
    assert window.ctx.tasks.busy
    assert window.close_editor()
    deleted_now()
    assert not shiboken6.isValid(editor)
    assert window.ctx.tasks.drain(30_000)
    assert target.is_file()
    written = QApplication.translate("PdfButton", "PDF written: %1")
    assert written != "PDF written: %1"  # really in Arabic
    assert window.statusBar().currentMessage().startswith(written.split("%1")[0])

