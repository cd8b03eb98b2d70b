"""Merging two codes that were both applied to the same words (two codes of one name, which the
codebook's own refusal tells the analyst to merge).

Before, the merge moved every coding of the absorbed code onto the survivor as it was: a passage
coded with both was then coded twice with one code. The coding window listed that code twice at the
cursor, the Codebook page counted two segments for one passage, and every report and export counted
it twice. Now the survivor keeps one coding of those words (the absorbed one's memo goes to it when it
had none); two codings whose memos differ both stay, so no memo is lost.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

TEXT = "قانونُ 👍🏽 الانتخابات العادل والدوائر المتعددة"
ctx = coder_context_fixture()


def _coded(ctx: AppContext, memos: tuple[str, str]) -> tuple[str, str, str]:
    """A session whose turn has 'الانتخابات' coded with A (memo memos[0]) and B (memo memos[1]),
    and 'الدوائر' with A only. (session, A, B)."""
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="أربيل", date=dt.date(2026, 11, 20), governorate="erbil")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=1.0, text=TEXT)
        s.add(turn)
        s.flush()
        a = codebook.create_code(s, name_ar="قانون الانتخابات", name_en="Electoral law")
        b = codebook.create_code(s, name_ar="تشريع", name_en="Legislation")
        start = TEXT.index("الانتخابات")
        for code, memo in ((a, memos[0]), (b, memos[1])):
            coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", start, start + 10, "amal", memo)
        other = TEXT.index("الدوائر")
        coding.apply_code(s, a.id, "transcript_turn", turn.id, "text", other, other + 7, "amal")
        return sess.id, a.id, b.id


def _merged_on_the_page(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                        absorbed: str, survivor: str) -> CodebookPage:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(absorbed)
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(survivor))
    loads = page.loads
    page.merge_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.loads > loads and page.current_id() == survivor)
    return page


def _live(ctx: AppContext) -> list[tuple[str, str, str]]:
    with ctx.store.session() as s:
        return sorted((seg.quote or "", seg.code_id, seg.memo or "") for seg in s.scalars(
            select(CodedSegment).where(CodedSegment.deleted.is_(False))))


@pytest.mark.parametrize("memos", [("", ""), ("مهم: يتكرر في كل الجلسات", ""), ("", "ملاحظة")])
def test_same_words_are_coded_once_after_the_merge(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                   memos: tuple[str, str]) -> None:
    session_id, a, b = _coded(ctx, memos)
    page = _merged_on_the_page(ctx, qtbot, monkeypatch, a, b)
    memo = memos[0] or memos[1]
    assert _live(ctx) == sorted([("الانتخابات", b, memo), ("الدوائر", b, "")])
    assert page.usage_label.text() == ctx.language.format_number(2)  # two passages, not three

    ws = shown_window(ctx, qtbot, session_id)
    select_words(ws, "الانتخابات")
    ws._show_segments_here()
    assert ws.here.count() == 1
    assert ws.memo.toPlainText() == memo


def test_two_different_memos_keep_both_codings(ctx: AppContext, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _, a, b = _coded(ctx, ("الأولى", "الثانية"))
    _merged_on_the_page(ctx, qtbot, monkeypatch, a, b)
    assert _live(ctx) == sorted([("الانتخابات", b, "الأولى"), ("الانتخابات", b, "الثانية"), ("الدوائر", b, "")])
