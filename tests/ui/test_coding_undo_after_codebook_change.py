"""Ctrl+Z in the coding window after the code it concerns was merged or deleted on the Codebook page
(or by a team update) while the window stayed open.

Before, bringing back a removed coding whose code had since been merged, or taking back an in-vivo
coding whose new code had been merged into another, raised the codebook's "this code no longer
exists" on the window's thread: an error dialog instead of the coding. Now a merged code's coding
comes back under the code that absorbed it, an in-vivo coding is taken back leaving the code that
absorbed its code alone, a coding its code's deletion took along is simply gone, and a removed
coding whose code was deleted is refused in one translated line.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.models import Code, CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

TEXT = "نحتاج 👍🏽 قانونَ الانتخابات العادل بسرعة"
UNDONE = {"ar": "تمّ التراجع عن الترميز.", "ckb": "پاشگەز بوویتەوە لە کۆدکردنەکە.", "en": "Coding undone."}
GONE = "this code no longer exists (it was deleted or merged)"

ctx = coder_context_fixture()


@pytest.fixture
def codes(ctx: AppContext) -> tuple[str, str, str]:
    """(session, code A, code B)."""
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="أربيل", date=dt.date(2026, 11, 20), governorate="erbil")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=1.0, text=TEXT))
        a = codebook.create_code(s, name_ar="قانون", name_ckb="یاسا", name_en="Law")
        b = codebook.create_code(s, name_ar="تشريع", name_ckb="یاسادانان", name_en="Legislation")
        return sess.id, a.id, b.id


def _on_codebook_page(ws: CodingWorkspace, change: object) -> None:
    CollectionOp(ws.ctx, change).run_in_background()  # type: ignore[arg-type]
    assert ws.ctx.tasks.drain(10_000)


def _undo(ws: CodingWorkspace, qtbot: QtBot) -> None:
    ws.undo()
    assert ws.ctx.tasks.drain(10_000)
    qtbot.wait(50)


def _live(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.store.session() as s:
        return [(seg.quote, seg.code_id) for seg in s.scalars(
            select(CodedSegment).where(CodedSegment.deleted.is_(False)))]


def _code_removed(ws: CodingWorkspace, qtbot: QtBot, code_id: str) -> None:
    select_words(ws, "قانونَ الانتخابات")
    ws.apply_code(code_id)
    qtbot.waitUntil(lambda: len(ws.segments) == 1)
    select_words(ws, "قانونَ الانتخابات")
    ws._remove_current()
    qtbot.waitUntil(lambda: not ws.segments)


def test_removed_coding_comes_back_under_the_code_it_was_merged_into(
        ctx: AppContext, codes: tuple[str, str, str], qtbot: QtBot) -> None:
    session_id, a, b = codes
    ws = shown_window(ctx, qtbot, session_id)
    _code_removed(ws, qtbot, a)
    _on_codebook_page(ws, lambda s: codebook.merge(s, a, b))
    _undo(ws, qtbot)
    assert _live(ctx) == [("قانونَ الانتخابات", b)]
    assert ws.status.text() == UNDONE[ctx.language.language]


def test_removed_coding_of_a_deleted_code_is_refused_in_one_line(
        ctx: AppContext, codes: tuple[str, str, str], qtbot: QtBot) -> None:
    session_id, a, _ = codes
    ws = shown_window(ctx, qtbot, session_id)
    _code_removed(ws, qtbot, a)
    _on_codebook_page(ws, lambda s: codebook.delete(s, a))
    _undo(ws, qtbot)
    assert _live(ctx) == []
    said = QCoreApplication.translate("Codebook", GONE)
    assert ws.status.text() == said and "\n" not in said
    assert said != GONE or ctx.language.language == "en"


def test_in_vivo_coding_taken_back_after_its_code_was_merged(
        ctx: AppContext, codes: tuple[str, str, str], qtbot: QtBot) -> None:
    session_id, _, b = codes
    ws = shown_window(ctx, qtbot, session_id)
    select_words(ws, "العادل")
    ws.in_vivo()
    qtbot.waitUntil(lambda: len(ws.segments) == 1)
    made = ws.segments[0].code_id
    _on_codebook_page(ws, lambda s: codebook.merge(s, made, b))
    _undo(ws, qtbot)
    assert _live(ctx) == []
    with ctx.store.session() as s:
        survivor = s.get(Code, b)
        assert survivor is not None and not survivor.deleted  # the code that absorbed it stays
    assert ws.status.text() == UNDONE[ctx.language.language]


def test_coding_taken_along_by_its_codes_deletion_is_undone_quietly(
        ctx: AppContext, codes: tuple[str, str, str], qtbot: QtBot) -> None:
    session_id, a, _ = codes
    ws = shown_window(ctx, qtbot, session_id)
    select_words(ws, "بسرعة")
    ws.apply_code(a)
    qtbot.waitUntil(lambda: len(ws.segments) == 1)
    _on_codebook_page(ws, lambda s: codebook.delete(s, a))
    _undo(ws, qtbot)
    assert _live(ctx) == []
    assert ws.status.text() == UNDONE[ctx.language.language]
