"""A coding whose words were edited after it was coded is explained beside the text and can be moved.

Editing a coded turn (a typo mended inside the coded words) leaves the coding where it was, flagged
for review: the coding window showed only a red wavy line, "Codes at the cursor" named the code as
if nothing had happened, and nothing in the app could clear the flag but removing the coding. Now
the list says the words were edited (its tooltip gives the words coded), and "Move coding to the
selection" puts the coding on the words selected, which the exports then give exactly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.core.offsets import to_utf16
from desktop.exports.xlsx import export_xlsx
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture, shown_window

BEFORE = "قال 👍🏽: الانتخابت مهمة جداً لنا في ٢٠٢٥ و 2029"
AFTER = "قال 👍🏽: الانتخابات مهمة جداً لنا في ٢٠٢٥ و 2029"
CODED, WANTED = "الانتخابت مهمة", "الانتخابات مهمة"
LISTED = {"ar": "الانتخابات (كلمات عُدِّلت: راجِع)", "ckb": "هەڵبژاردن (وشەکان دەستکاری کراون: بپشکنە)",
          "en": "Elections (words edited: check)"}
MOVED = {"ar": "نُقل الترميز إلى الكلمات المحدَّدة.", "ckb": "کۆدکردنەکە گوازرایەوە بۆ وشە دیاریکراوەکان.",
         "en": "Coding moved to the selected words."}


ctx = coder_context_fixture()


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="الأنبار", date=dt.date(2023, 1, 5), governorate="anbar")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=0.0, text=BEFORE)
        s.add(turn)
        s.flush()
        code = codebook.create_code(s, name_ar="الانتخابات", name_ckb="هەڵبژاردن", name_en="Elections")
        start = BEFORE.index(CODED)
        coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", start, start + len(CODED), "amal",
                          memo="مهم")
        session_id, turn_id = sess.id, turn.id
    window = shown_window(ctx, qtbot, session_id, (1100, 750), active=False)

    def mend(s):  # type: ignore[no-untyped-def]
        s.get(TranscriptTurn, turn_id).text = AFTER  # the typo mended in the transcript editor

    CollectionOp(ctx, mend).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: window.blocks[0].doc.text == AFTER)
    return window


def _select(ws: CodingWorkspace, words: str, caret_only: bool = False) -> None:
    block = ws.blocks[0]
    start = block.doc.text.index(words)
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.to_doc(start) + 2)
    if not caret_only:
        cursor.setPosition(block.to_doc(start))
        cursor.setPosition(block.start + to_utf16(block.doc.text, start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)


def _segment(ctx: AppContext) -> CodedSegment:
    with ctx.store.session() as s:
        (seg,) = s.scalars(select(CodedSegment).where(CodedSegment.deleted.is_(False)))
        return seg


def test_an_edited_coding_is_said_and_moved_onto_the_selection(ctx: AppContext, ws: CodingWorkspace,
                                                               qtbot: QtBot, tmp_path: Path) -> None:
    lang = ctx.language.language
    assert _segment(ctx).needs_review
    _select(ws, "الانتخاب", caret_only=True)
    # (a right-to-left mark leads the translations: a Latin code name keeps the line right to left)
    assert ws.here.count() == 1 and ws.here.item(0).text().lstrip("\u200f") == LISTED[lang]
    assert CODED in ws.here.item(0).toolTip()
    assert ws.move_btn.isVisible() and ws.status.text()
    _select(ws, WANTED)
    assert ws.move_btn.isVisible()
    ws.move_btn.click()
    assert ctx.tasks.drain(10_000)
    seg = _segment(ctx)
    assert (AFTER[seg.start : seg.end], seg.quote, seg.needs_review, seg.memo) == (WANTED, WANTED, False, "مهم")
    qtbot.waitUntil(lambda: not ws.move_btn.isVisible())
    assert ws.here.item(0).text() == LISTED[lang].split(" (")[0]
    assert ws.status.text() == MOVED[lang]
    (highlight,) = ws.view.extraSelections()
    assert highlight.cursor.selectedText() == WANTED
    # The workbook gives exactly the words now coded.
    export_xlsx(ctx.store, tmp_path / "coded.xlsx", lang="en")
    rows = list(openpyxl.load_workbook(tmp_path / "coded.xlsx")["Coded segments"].iter_rows(values_only=True))
    assert [row[5] for row in rows[1:]] == [WANTED]


def test_elsewhere_nothing_is_offered(ctx: AppContext, ws: CodingWorkspace) -> None:
    _select(ws, "لنا في")
    assert not ws.move_btn.isVisible() and ws.status.text() == ""


def test_a_long_name_in_the_list_wraps_instead_of_hiding_its_end(ctx: AppContext, ws: CodingWorkspace,
                                                                 qtbot: QtBot) -> None:
    """'Codes at the cursor' cut a long code name (and the '(words edited: check)' after it) at the
    panel's edge, behind a horizontal scroll bar."""
    def rename(s):  # type: ignore[no-untyped-def]
        (code,) = codebook.live_codes(s)
        code.name_ar, code.name_ckb = "الثقة بالمفوضية العليا المستقلة للانتخابات", "متمانە بە کۆمسیۆنی باڵای سەربەخۆی هەڵبژاردن"
        code.name_en = "Trust in the Independent High Electoral Commission"

    CollectionOp(ctx, rename).run_in_background()
    assert ctx.tasks.drain(10_000)
    _select(ws, "الانتخاب", caret_only=True)
    qtbot.waitUntil(lambda: ws.here.count() == 1 and "(" in ws.here.item(0).text())
    item = ws.here.item(0)
    wide = ws.here.fontMetrics().horizontalAdvance(item.text())
    assert wide > ws.here.viewport().width()  # too long for one line here
    qtbot.waitUntil(lambda: ws.here.visualItemRect(item).height() >= 2 * ws.here.fontMetrics().height())
    assert not ws.here.horizontalScrollBar().isVisible()
    assert ws.here.visualItemRect(item).width() <= ws.here.viewport().width()
