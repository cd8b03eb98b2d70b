"""A memo that cannot be saved when the coding window closes is not lost without a word.

The memo typed and not saved was saved on the DB worker as the window closed; a refusal (the coding
removed meanwhile by another window or a bundle, a full disk) came back after the window had gone,
its callback was dropped with the window, and the memo was lost with no message. Now it is saved
before the window goes: refused, the person is told why and chooses to keep the window open (the
memo still in it) or to close without it. A close by the program (quitting) never asks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import shown_window
from tests.ui.test_coding_memo_kept import _caret

MEMO = "تێبینی: ئەم بەشە گرنگە بۆ ڕاپۆرتەکە"
REMOVED = {"en": "The coding it was written for was removed meanwhile.",
           "ar": "أُزيل الترميز الذي كُتبت له في أثناء ذلك.",
           "ckb": "ئەو کۆدکردنەی بۆی نووسرابوو لەو ماوەیەدا لابرا."}


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2024, 3, 5), governorate="erbil")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=1.0, text="کۆتای ئافرەتان دەبێت بمێنێت.")
        s.add(turn)
        s.flush()
        quota = codebook.create_code(s, name_ckb="کۆتا", name_en="Quota").id
        coding.apply_code(s, quota, "transcript_turn", turn.id, "text", 0, 14, "amal")
        session_id = sess.id
    return shown_window(ctx, qtbot, session_id, active=False)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[QMessageBox.StandardButton]]:
    texts: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        texts.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return texts, answer


def _close_button(window: QWidget) -> None:
    """The title bar's close button: a close event to the window's QWindow, handed on as spontaneous."""
    handle = window.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QCloseEvent())


def _removed_elsewhere(ctx: AppContext) -> None:
    """Another window (or a bundle) removes the coding; this window has not read it again yet."""
    with ctx.store.transaction() as s:
        seg = s.scalars(select(CodedSegment)).one()
        coding.remove_coding(s, seg.id)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_memo_refused_at_closing_is_said_and_kept_on_cancel(
        ctx: AppContext, ws: CodingWorkspace, asked: tuple[list[str], list[QMessageBox.StandardButton]],
        lang: str) -> None:
    ctx.language.set_language(lang)
    _caret(ws, 0, 3)
    ws.memo.setPlainText(MEMO)
    _removed_elsewhere(ctx)
    _close_button(ws)
    texts, answer = asked
    assert len(texts) == 1 and REMOVED[lang] in texts[0], texts
    assert ws.isVisible() and ws.memo.toPlainText() == MEMO  # Cancel: the window and the memo stay
    answer[0] = QMessageBox.StandardButton.Close
    _close_button(ws)
    assert len(texts) == 2 and not ws.isVisible()


def test_a_memo_saved_at_closing_is_on_disk_before_the_window_goes(ctx: AppContext, ws: CodingWorkspace) -> None:
    _caret(ws, 0, 3)
    ws.memo.setPlainText(MEMO)
    _close_button(ws)
    assert not ws.isVisible()
    assert not ctx.tasks.busy  # not left to the worker
    with ctx.store.session() as s:
        assert s.scalars(select(CodedSegment.memo)).one() == MEMO


def test_a_close_by_the_program_never_asks(
        ctx: AppContext, ws: CodingWorkspace, asked: tuple[list[str], list[QMessageBox.StandardButton]]) -> None:
    _caret(ws, 0, 3)
    ws.memo.setPlainText(MEMO)
    _removed_elsewhere(ctx)
    ws.close()
    assert asked[0] == [] and not ws.isVisible()
