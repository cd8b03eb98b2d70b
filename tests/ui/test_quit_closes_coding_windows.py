"""Quit (Ctrl+Q, or the main window's ×) closes the coding windows opened from it, their memos saved.

A facilitator on a borrowed laptop codes a few passages (Ctrl+Shift+K opens the session's coding window),
goes back to the main window and quits. Only the main window closed: the coding window stayed on the
screen with the participants' words, Majlis still running, and with the main window gone its idle lock
(which hides every other window) was gone too, so the words stayed in sight of anyone passing the
laptop. Now quitting closes the coding windows of the same database first, each as when the program
closes it (a memo typed and not saved is saved), and Majlis ends with its last window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.db import Store
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.window import open_coding_window
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

TURN = "ئاو لە گەڕەکەکەمان نییە و کارەبا کەمە."
MEMO = "تێبینی: دووبارە دەبێتەوە"


def coded_focus_group(store: Store) -> str:
    with store.transaction() as s:
        session = Session(kind="focus_group", title="بەسرە", date=dt.date(2026, 12, 6), governorate="basra")
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=0.0, text=TURN)
        s.add(turn)
        s.flush()
        water = codebook.create_code(s, name_ckb="ئاو", name_en="Water").id
        coding.apply_code(s, water, "transcript_turn", turn.id, "text", 0, 2, "zainab")
        return session.id


@pytest.mark.parametrize("how", ["ctrl_q", "close_button"])
def test_quitting_closes_the_coding_window_and_keeps_its_memo(how: str, manager: LanguageManager, store: Store,
                                                              qtbot: QtBot) -> None:
    session_id = coded_focus_group(store)
    window = main_window(manager, store, qtbot, "ckb", active=True)
    window.ctx.tasks.drain()
    coder = open_coding_window(window.ctx, session_id)  # deleted once closed (not qtbot's to close)
    qtbot.waitUntil(lambda: bool(coder.blocks), timeout=10_000)
    cursor = QTextCursor(coder.view.document())
    cursor.setPosition(coder.blocks[0].start + 1)  # inside the coded word: its memo in the box
    coder.view.setTextCursor(cursor)
    settle()
    coder.memo.setPlainText(MEMO)  # typed, Save memo not pressed
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    if how == "ctrl_q":
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    else:
        window.close()
    settle()

    still_open = [w for w in QApplication.topLevelWidgets() if isinstance(w, CodingWorkspace) and w.isVisible()]
    for w in still_open:  # before the fix: closed here, not left to the next test
        w.close()
    assert not window.isVisible()
    assert still_open == []
    assert window.ctx.tasks.drain(10_000)
    with store.session() as s:
        assert [seg.memo for seg in s.scalars(select(CodedSegment))] == [MEMO]


def test_a_coding_window_of_another_database_stays(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                   new_store: Callable[..., Store], tmp_path: Path) -> None:
    """Only the windows of the database quit: a test (or a restore) with a second main window keeps its own."""
    other = new_store(tmp_path / "centre.db", "centre")
    session_id = coded_focus_group(other)
    window = main_window(manager, store, qtbot, "ckb")
    second = main_window(manager, other, qtbot, "ckb")
    coder = open_coding_window(second.ctx, session_id)
    window.close()
    settle()
    assert coder.isVisible() and second.isVisible()
    second.close()
    settle()
    gone = not shiboken6.isValid(coder) or not coder.isVisible()
    if not gone:
        coder.close()
    assert gone
    assert second.ctx.tasks.drain(10_000)
