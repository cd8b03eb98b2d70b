"""Ctrl+Z right after a speaker key re-assigned a turn gives the turn its speaker back.

A facilitator who pressed Ctrl+2 by mistake with the caret inside a turn (the turn then belongs to
seat 2) reached for Ctrl+Z: it took away the last words they had typed instead, and the turn stayed
under the wrong speaker, saved so at the next autosave.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import participants, transcripts
from desktop.ui.context import AppContext
from tests.helpers_typing import press, type_text
from tests.ui.test_recording_fg_editor import close_editor, consent_for, new_focus_group, open_editor

CTRL = Qt.KeyboardModifier.ControlModifier
SAID = "لە ساڵی 2021 دا کۆبوونەوەیەکمان کرد لەگەڵ UNDP"


def test_ctrl_z_after_a_speaker_key_gives_the_speaker_back_then_undoes_typing(ctx: AppContext, qtbot: QtBot) -> None:
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        seated = [participants.add_to_session(s, sid).id for _ in range(2)]
    for pid in seated:
        consent_for(ctx.store, pid, sid)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, seated[0], SAID)
    editor = open_editor(ctx, qtbot, sid)
    panel, edit = editor.transcript, editor.transcript.edit
    edit.setFocus()
    type_text(edit, " بەڵام")
    press(edit, Qt.Key.Key_Home, CTRL)  # the caret inside the text: a speaker key re-assigns the turn
    press(edit, Qt.Key.Key_2, CTRL)
    assert panel.current_turn_label() == "BSR-FG01-P02"

    press(edit, Qt.Key.Key_Z, CTRL)
    assert panel.current_turn_label() == "BSR-FG01-P01"
    assert edit.toPlainText() == SAID + " بەڵام"  # the words typed are still there
    assert panel.speaker_combo.currentText().startswith("BSR-FG01-P01")
    press(edit, Qt.Key.Key_Z, CTRL)  # the next Ctrl+Z undoes typing, as before
    assert edit.toPlainText() == SAID
    assert panel.current_turn_label() == "BSR-FG01-P01"

    editor.flush()
    with ctx.store.session() as s:
        assert [(t.speaker_code, t.text) for t in transcripts.load(s, sid)] == [("BSR-FG01-P01", SAID)]
    close_editor(editor)


def test_typing_after_the_speaker_key_keeps_ctrl_z_for_the_typing(ctx: AppContext, qtbot: QtBot) -> None:
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    consent_for(ctx.store, pid, sid)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, SAID)
    editor = open_editor(ctx, qtbot, sid)
    panel, edit = editor.transcript, editor.transcript.edit
    press(edit, Qt.Key.Key_Home, CTRL)
    press(edit, Qt.Key.Key_1, CTRL)
    type_text(edit, "و")
    press(edit, Qt.Key.Key_Z, CTRL)  # undoes the letter; the speaker chosen since stays
    assert edit.toPlainText() == SAID and panel.current_turn_label() == "BSR-FG01-P01"
    close_editor(editor)
