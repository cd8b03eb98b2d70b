"""The coding window by keyboard: Escape and Ctrl+W close it, and Ctrl+K says what it coded.

It closed only with the system's Alt+F4. Escape keeps its meanings first (the code picker, the find bar
close; a second Escape closes the window, as a session editor's pop-up takes the first); a memo that
cannot be saved is asked about, as with the title bar's button. After Ctrl+K applied a code the window
said nothing (the highlight and the list beside the text changed, which a screen reader user does not
hear): its status line now says the code and how many characters, never the participant's words.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import shown_number
from tests.coding_window_helpers import select_words, shown_window
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_coding_memo_kept import _caret

TEXT = "نريد قانوناً عادلاً للانتخابات قبل ٢٠٢٥."
MEMO = "تێبینی: ئەم بەشە گرنگە"
ESC, CTRL = Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="البصرة", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=0.0, text=TEXT)
        s.add(turn)
        s.flush()
        law = codebook.create_code(s, name_ar="القانون", name_ckb="یاسا", name_en="Law").id
        codebook.create_code(s, name_ar="الانتخابات", name_en="Elections")
        coding.apply_code(s, law, "transcript_turn", turn.id, "text", 0, 4, "amal")  # «نريد»: a memo's coding
        session_id = sess.id
    return shown_window(ctx, qtbot, session_id)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[QMessageBox.StandardButton]]:
    texts: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        texts.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return texts, answer


@pytest.mark.parametrize("where", ["view", "tree", "here", "memo"])
def test_escape_closes_the_window_from_any_part_of_it(ws: CodingWorkspace, where: str) -> None:
    part: QWidget = getattr(ws, where)
    part.setFocus()
    QTest.keyClick(part, ESC)
    settle()
    assert not ws.isVisible()


@pytest.mark.parametrize("where", ["view", "tree", "memo"])
def test_ctrl_w_closes_the_window(ws: CodingWorkspace, where: str) -> None:
    part: QWidget = getattr(ws, where)
    part.setFocus()
    QTest.keyClick(part, Qt.Key.Key_W, CTRL)
    settle()
    assert not ws.isVisible()


def test_escape_closes_the_find_bar_first_then_the_window(ws: CodingWorkspace) -> None:
    ws.view.setFocus()
    QTest.keyClick(ws.view, Qt.Key.Key_F, CTRL)
    assert ws.find_bar.isVisible() and ws.find_bar.field.hasFocus()
    QTest.keyClick(ws.find_bar.field, ESC)
    settle()
    assert ws.isVisible() and not ws.find_bar.isVisible() and ws.view.hasFocus()
    # the bar open but the text having the keyboard: the bar goes first too
    QTest.keyClick(ws.view, Qt.Key.Key_F, CTRL)
    ws.view.setFocus()
    QTest.keyClick(ws.view, ESC)
    settle()
    assert ws.isVisible() and not ws.find_bar.isVisible()
    QTest.keyClick(ws.view, ESC)
    settle()
    assert not ws.isVisible()


def test_escape_closes_the_code_picker_first_then_the_window(ws: CodingWorkspace) -> None:
    select_words(ws, "قانوناً", focus=True)
    QTest.keyClick(ws.view, Qt.Key.Key_K, CTRL)
    assert ws.picker.isVisible() and ws.picker.filter.hasFocus()
    QTest.keyClick(ws.picker.filter, ESC)
    settle()
    assert ws.isVisible() and not ws.picker.isVisible()
    ws.view.setFocus()
    QTest.keyClick(ws.view, ESC)
    settle()
    assert not ws.isVisible()


def test_escape_saves_a_memo_typed_before_the_window_goes(ctx: AppContext, ws: CodingWorkspace) -> None:
    _caret(ws, 0, 2)
    ws.memo.setFocus()
    ws.memo.setPlainText(MEMO)
    QTest.keyClick(ws.memo, ESC)
    settle()
    assert not ws.isVisible()
    with ctx.store.session() as s:
        assert s.scalars(select(CodedSegment.memo)).one() == MEMO


def test_escape_asks_before_closing_on_a_memo_that_cannot_be_saved(
        ctx: AppContext, ws: CodingWorkspace, asked: tuple[list[str], list[QMessageBox.StandardButton]]) -> None:
    """The memo's coding removed elsewhere meanwhile: asked as the title bar's × asks (a close by the
    program never asks), Cancel keeping the window and the memo, Close letting it go."""
    _caret(ws, 0, 2)
    ws.memo.setFocus()
    ws.memo.setPlainText(MEMO)
    with ctx.store.transaction() as s:
        coding.remove_coding(s, s.scalars(select(CodedSegment)).one().id)
    texts, answer = asked
    QTest.keyClick(ws.memo, ESC)
    settle()
    assert len(texts) == 1 and ws.isVisible() and ws.memo.toPlainText() == MEMO
    answer[0] = QMessageBox.StandardButton.Close
    QTest.keyClick(ws.memo, Qt.Key.Key_W, CTRL)
    settle()
    assert len(texts) == 2 and not ws.isVisible()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_ctrl_k_says_the_code_and_how_many_characters(ctx: AppContext, ws: CodingWorkspace, lang: str) -> None:
    ctx.language.set_language(lang)
    settle()
    select_words(ws, "قانوناً عادلاً", focus=True)
    QTest.keyClick(ws.view, Qt.Key.Key_K, CTRL)
    type_text(ws.picker.filter, {"en": "Law", "ar": "القانون", "ckb": "یاسا"}[lang])
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    assert ctx.tasks.drain(10_000)
    settle()
    said = ws.status.text()
    name = {"en": "Law", "ar": "القانون", "ckb": "یاسا"}[lang]
    if lang == "en":
        assert said == "Coded with “Law” (characters: 14)."
    assert name in said and shown_number(14) in said, said
    assert "قانوناً" not in said  # never the participant's words
    assert ws.status.accessibleName() == said  # what a screen reader is given
    with ctx.store.session() as s:
        assert "قانوناً عادلاً" in set(s.scalars(select(CodedSegment.quote)))
    # said again in the language switched to, with the code's name in it
    other = "ckb" if lang != "ckb" else "ar"
    ctx.language.set_language(other)
    settle()
    assert {"ar": "القانون", "ckb": "یاسا"}[other] in ws.status.text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ctrl_i_says_it_coded_in_vivo_without_the_words(ctx: AppContext, ws: CodingWorkspace, lang: str) -> None:
    """In vivo names the code by the participant's words: the line says the count, not the name."""
    ctx.language.set_language(lang)
    settle()
    select_words(ws, "عادلاً", focus=True)
    QTest.keyClick(ws.view, Qt.Key.Key_I, CTRL)
    assert ctx.tasks.drain(10_000)
    settle()
    said = ws.status.text()
    if lang == "en":
        assert said == "Coded in vivo (characters: 6)."
    assert shown_number(6) in said and "عادلاً" not in said, said
    with ctx.store.session() as s:
        assert "عادلاً" in set(s.scalars(select(CodedSegment.quote)))
