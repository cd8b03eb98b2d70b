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
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import shown_window
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_coding_memo_kept import _caret
from tests.ui.test_consent_close_button import close_button

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


def _removed_elsewhere(ctx: AppContext) -> None:
    """Another window (or a bundle) removes the coding; this window has not read it again yet."""
    with ctx.store.transaction() as s:
        seg = s.scalars(select(CodedSegment)).one()
        coding.remove_coding(s, seg.id)


ORPHAN = {"en": "The coding this memo was being written for was removed elsewhere: the memo was not saved. "
                 "It stays in the box until you choose another coding; copy it if you need it.",
          "ar": "أُزيل في مكان آخر الترميزُ الذي كانت هذه المذكرة تُكتب له: لم تُحفظ المذكرة. تبقى في المربّع إلى أن "
                "تختار ترميزًا آخر؛ انسخها إن احتجت إليها.",
          "ckb": "ئەو کۆدکردنەی ئەم تێبینییەی بۆ دەنووسرا لە شوێنێکی ترەوە لابرا: تێبینییەکە پاشەکەوت نەکرا. تا "
                 "کۆدکردنێکی تر هەڵدەبژێریت لە سندووقەکەدا دەمێنێتەوە؛ ئەگەر پێویستت پێیەتی کۆپیی بکە."}


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_coding_removed_while_its_memo_is_typed_leaves_the_words_in_the_box(
        ctx: AppContext, ws: CodingWorkspace, asked: tuple[list[str], list[QMessageBox.StandardButton]],
        lang: str) -> None:
    """The window reads its codings again (the removal announced): the typed words were replaced by an
    empty box without a word. They stay, the status line says why, and closing asks."""
    ctx.language.set_language(lang)
    _caret(ws, 0, 3)
    ws.memo.setPlainText(MEMO)
    with ctx.store.transaction() as s:  # another window removes it, through the app: the change is announced
        seg = s.scalars(select(CodedSegment)).one()
    CollectionOp(ctx, lambda s: coding.remove_coding(s, seg.id)).run_now()
    ctx.tasks.drain(10_000)
    settle()
    assert ws.memo.toPlainText() == MEMO
    assert ws.status.text() == ORPHAN[lang]
    _caret(ws, 0, 10)  # elsewhere in the text, no coding there: the words stay
    assert ws.memo.toPlainText() == MEMO
    close_button(ws)
    texts, _answer = asked
    assert len(texts) == 1 and REMOVED[lang] in texts[0] and ws.isVisible()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_memo_refused_at_closing_is_said_and_kept_on_cancel(
        ctx: AppContext, ws: CodingWorkspace, asked: tuple[list[str], list[QMessageBox.StandardButton]],
        lang: str) -> None:
    ctx.language.set_language(lang)
    settle()  # the window's text in the language (built again) before the memo is typed
    _caret(ws, 0, 3)
    ws.memo.setPlainText(MEMO)
    _removed_elsewhere(ctx)
    close_button(ws)
    texts, answer = asked
    assert len(texts) == 1 and REMOVED[lang] in texts[0], texts
    assert ws.isVisible() and ws.memo.toPlainText() == MEMO  # Cancel: the window and the memo stay
    answer[0] = QMessageBox.StandardButton.Close
    close_button(ws)
    assert len(texts) == 2 and not ws.isVisible()


def test_a_memo_saved_at_closing_is_on_disk_before_the_window_goes(ctx: AppContext, ws: CodingWorkspace) -> None:
    _caret(ws, 0, 3)
    ws.memo.setPlainText(MEMO)
    close_button(ws)
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


LOST = {"en": "The coding this memo was written for was removed elsewhere: the memo was not saved.",
        "ar": "أُزيل في مكان آخر الترميزُ الذي كُتبت له هذه المذكرة: لم تُحفظ المذكرة.",
        "ckb": "ئەو کۆدکردنەی ئەم تێبینییەی بۆ نووسرابوو لە شوێنێکی ترەوە لابرا: تێبینییەکە پاشەکەوت نەکرا."}


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_memo_whose_coding_went_before_it_was_saved_is_said_lost_not_uncoded(
        ctx: AppContext, ws: CodingWorkspace, lang: str) -> None:
    """The researcher moved on before the window had read the removal: the memo was saved on the
    worker onto a coding no longer there, and the window said "This text could not be coded."."""
    ctx.language.set_language(lang)
    settle()
    _caret(ws, 0, 3)
    ws.memo.setPlainText(MEMO)
    with ctx.store.transaction() as s:  # removed, and the window not told yet
        coding.remove_coding(s, s.scalars(select(CodedSegment)).one().id)
    _caret(ws, 0, 20)  # moved on: the memo is saved as the box shows nothing here
    assert ctx.tasks.drain(10_000)
    assert ws.status.text() == LOST[lang]
