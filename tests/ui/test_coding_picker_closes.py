"""The code picker (Ctrl+K) closes when focus leaves it, as a popup would.

It stayed open over the text after a click in the text, the codebook or the memo box, its filter
still waiting for Enter. Tab between its filter and its list keeps it open.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

ctx = coder_context_fixture()
TEXT = "نريد قانوناً عادلاً للانتخابات 👍🏽 قبل ٢٠٢٥."


@pytest.fixture
def ws(ctx: AppContext, qtbot: QtBot) -> CodingWorkspace:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="البصرة", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=0.0, text=TEXT))
        codebook.create_code(s, name_ar="القانون", name_en="Law")
        codebook.create_code(s, name_ar="الانتخابات", name_en="Elections")
        session_id = sess.id
    window = shown_window(ctx, qtbot, session_id)
    select_words(window, "قانوناً", focus=True)
    QTest.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.picker.isVisible() and window.picker.filter.hasFocus()
    return window


@pytest.mark.parametrize("elsewhere", ["view", "tree", "memo"])
def test_the_picker_closes_when_focus_leaves_it(ws: CodingWorkspace, qtbot: QtBot, elsewhere: str) -> None:
    target: QWidget = getattr(ws, elsewhere)
    target.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: not ws.picker.isVisible())


def test_tab_to_the_list_keeps_the_picker(ws: CodingWorkspace, qtbot: QtBot) -> None:
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Tab)
    qtbot.waitUntil(ws.picker.list.hasFocus)
    assert ws.picker.isVisible()
    ws.picker.filter.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(ws.picker.filter.hasFocus)
    assert ws.picker.isVisible()
