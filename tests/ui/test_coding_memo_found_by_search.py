"""A memo typed on a coding in the coding window is found by the Reports page's search. It is stored
on the coded segment (coded_segment.memo), which the index did not cover: the search never found one.
A memo on the words of a participant who withdrew everything goes where the coding's quote goes
(REDACTED): it is no longer a hit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import withdrawal
from desktop.core.models import CodedSegment
from desktop.core.offsets import to_utf16
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.reports.page import ReportsPage
from tests.coding_window_helpers import coder_context_fixture, shown_window
from tests.erasure_helpers import SPEECH, make_study
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE
from tests.shots import shots_folder
from tests.ui_helpers import reports_search_tab

T = QApplication.translate
ctx = coder_context_fixture()
MEMO = "هەمان گلەیی لە گوندی دووەمیش هاتەوە"  # Sorani: the same complaint came back in the second village


def _type_memo(ctx: AppContext, qtbot: QtBot, session_id: str) -> None:
    ws = shown_window(ctx, qtbot, session_id, active=False)
    block = next(b for b in ws.blocks if b.doc.text.startswith(SPEECH))
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.start + to_utf16(block.doc.text, 5))  # inside the coded words
    ws.view.setTextCursor(cursor)
    assert ws.here.count() == 1
    ws.memo.setFocus()
    for ch in MEMO:
        QTest.sendKeyEvent(QTest.KeyAction.Click, ws.memo, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
    ws.memo_btn.click()
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        assert [seg.memo for seg in s.scalars(select(CodedSegment))] == [MEMO]
    ws.close()


def _search(page: ReportsPage, qtbot: QtBot, words: str, expected: int) -> None:
    tab = page.search
    tab.query.setText(words)
    with qtbot.waitSignal(tab.model.modelReset, timeout=20_000):  # the hits are shown
        tab.run()
    assert len(tab.hits) == expected


def test_a_memo_typed_on_a_coding_is_found_until_the_speaker_withdraws(ctx: AppContext, qtbot: QtBot,
                                                                       tmp_path: Path) -> None:
    study = make_study(ctx.store)
    _type_memo(ctx, qtbot, study.session_id)
    page, tab = reports_search_tab(ctx, qtbot)
    _search(page, qtbot, "گلەیی", 1)  # a word of the memo, as a Sorani coordinator types it
    (hit,) = tab.hits
    assert (hit.doc_table, hit.text, hit.session_id) == ("coded_segment", MEMO, study.session_id)
    assert tab.model.data(tab.model.index(0, 0)).endswith(T("SearchTab", "Memo on a coding"))
    tab.table.resizeColumnToContents(0)
    lang = ctx.language.language
    assert page.grab().save(str(shots_folder(tmp_path, SHOTS_VARIABLE) / f"search_coding_memo_{lang}.png"))

    CollectionOp.on_store(ctx, lambda store: withdrawal.withdraw_participant(
        store, participant_id=study.withdrawn, scope="all", on="2026-11-30")).run_in_background()
    assert ctx.tasks.drain(20_000)
    _search(page, qtbot, "گلەیی", 0)  # the coding's quote is REDACTED now: its memo is no hit either
