"""The coding window on a new database, where there is no code yet (a facilitator working alone codes her
first focus group).

The codebook beside the text was an empty white box, and Ctrl+K opened a picker over an empty list:
nothing said there were no codes, nor how to make the first. Both now say it in their middle, in the
interface's language (Ctrl+I makes a code of the selected words, or the Codebook page); the picker says
when what is typed matches no code. The words go once a code is there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import (
    BASRA_TURN,
    at_20_points,
    basra_focus_group,
    coder_context_fixture,
    select_words,
    shown_window,
)
from tests.helpers_typing import press, type_text
from tests.i18n.test_i18n_screens import settle

ctx = coder_context_fixture()
T = QCoreApplication.translate


def said(view: QWidget) -> str:
    """The words in the middle of an empty list, as shown ('' when none show)."""
    words = view.findChild(QLabel, "empty_words")
    return words.text() if words is not None and words.isVisible() else ""


def test_no_code_yet_said_in_the_codebook_and_the_picker(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session_id, _ = basra_focus_group(s)
    ws: CodingWorkspace = shown_window(ctx, qtbot, session_id, (895, 424))
    assert ws.codes.rowCount() == 0
    none_yet = T("CodingWorkspace", "No codes yet. Select words and press Ctrl+I to make one, or add codes on the "
                                    "Codebook page.")
    assert said(ws.tree) == none_yet
    select_words(ws, "ئاو لە گەڕەکەکەمان", focus=True)
    press(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert ws.picker.isVisible()
    assert said(ws.picker.list) == T("CodePicker", "No codes yet. Ctrl+I makes one of the selected words.")
    type_text(ws.picker.filter, "zz")
    assert said(ws.picker.list) == T("CodePicker", "No code matches what is typed.")
    press(ws.picker.filter, Qt.Key.Key_Escape)
    select_words(ws, "ئاو لە گەڕەکەکەمان", focus=True)
    press(ws.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # the first code, in vivo
    qtbot.waitUntil(lambda: ws.codes.rowCount() == 1, timeout=10_000)
    assert said(ws.tree) == ""
    ws.open_picker()
    settle()
    assert said(ws.picker.list) == ""


def test_the_words_being_coded_stay_in_sight_beside_the_picker(ctx: AppContext, qtbot: QtBot) -> None:
    """On the laptop (895x424) at 20 points the picker took the text's room above it: the text was left one
    line, the words chosen for coding out of sight while their code was looked up. They are scrolled to."""
    with ctx.store.transaction() as s:
        session_id, _ = basra_focus_group(s, [f"{BASRA_TURN} {n}" for n in range(6)])
    with at_20_points(ctx):
        ws: CodingWorkspace = shown_window(ctx, qtbot, session_id, (895, 424))
        select_words(ws, "کارەبا کەمە", 3, focus=True, visible=True)
        settle()
        press(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        for _ in range(3):
            settle()
        assert ws.picker.isVisible()
        caret = ws.view.cursorRect()
        assert ws.view.viewport().rect().contains(caret), (caret, ws.view.viewport().rect())
