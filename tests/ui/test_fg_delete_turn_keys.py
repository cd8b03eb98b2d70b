"""Delete turn from the keyboard: Delete in the turns table, Ctrl+Shift+Delete anywhere in the transcript.

The button had no shortcut and Delete did nothing in the turns table: a facilitator typing live had to
reach for the mouse to remove a turn started by mistake. A turn holding text is deleted only after a
Yes; an empty one goes at once.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import transcripts
from desktop.ui.context import AppContext
from tests.helpers_typing import press
from tests.ui.test_recording_fg_editor import close_editor, new_focus_group, open_editor

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_delete_in_the_table_and_ctrl_shift_delete_in_the_text_delete_the_turn(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        for text in ("أهلاً بكم", "السؤال الأول", "السؤال الثاني"):
            transcripts.add_turn(s, sid, None, text)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript
    assert "Ctrl+Shift+Delete" in panel.delete_button.toolTip()
    assert "Ctrl+Shift+Delete" in panel.hint.text()

    panel.view.setFocus()
    panel.select(0)
    press(panel.view, Qt.Key.Key_Delete)  # a turn with text: asked first, No keeps it
    assert len(asked) == 1 and [r.text for r in panel.model.rows][0] == "أهلاً بكم"
    answer[0] = QMessageBox.StandardButton.Yes
    press(panel.view, Qt.Key.Key_Delete)
    assert [r.text for r in panel.model.rows] == ["السؤال الأول", "السؤال الثاني"]

    panel.select(1)
    panel.edit.setFocus()
    press(panel.edit, Qt.Key.Key_Delete)  # Delete in the text box is still a letter's
    assert len(panel.model.rows) == 2
    press(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # a new, empty turn
    assert len(panel.model.rows) == 3
    press(panel.edit, Qt.Key.Key_Delete, CTRL_SHIFT)  # empty: gone without a question
    assert len(panel.model.rows) == 2 and len(asked) == 2
    press(panel.edit, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert len(asked) == 3 and [r.text for r in panel.model.rows] == ["السؤال الأول"]

    editor.flush()
    with ctx.store.session() as s:
        assert [t.text for t in transcripts.load(s, sid)] == ["السؤال الأول"]
    close_editor(editor)
