"""The speaker list re-assigns the current turn, whichever speaker is chosen, wherever the caret is.

A facilitator who chose the turn's speaker with the keyboard (Alt+S, then the arrow keys) and passed
over "Facilitator" at the top got a NEW empty facilitator turn instead: the turn they were fixing
kept the seat it had when the arrow reached the top, the focus jumped into the text box, and the next
arrow keys moved the caret there instead of the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import participants, transcripts
from desktop.ui.context import AppContext
from tests.helpers_typing import press
from tests.ui.test_recording_fg_editor import close_editor, consent_for, new_focus_group, open_editor

KURDISH = "ئێمە دەمانەوێت دەنگمان بگات بە ئەنجومەن لە ساڵی 2021 لەگەڵ UNDP"
ARABIC = "المشاركة ضعيفة في الريف بنسبة 35% فقط"


def test_arrows_in_the_speaker_list_reassign_the_turn_even_to_the_facilitator(ctx: AppContext, qtbot: QtBot) -> None:
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        seated = [participants.add_to_session(s, sid).id for _ in range(3)]
    for pid in seated:
        consent_for(ctx.store, pid, sid)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, ARABIC)
        transcripts.add_turn(s, sid, seated[2], KURDISH)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript
    assert panel.current == 1 and panel.edit.textCursor().atEnd()  # the caret at the end of the last turn
    cursor = panel.edit.textCursor()
    cursor.setPosition(5)
    panel.edit.setTextCursor(cursor)

    combo = panel.speaker_combo
    combo.setFocus()
    for _ in range(3):  # seat 3 -> 2 -> 1 -> the facilitator, one arrow at a time
        press(combo, Qt.Key.Key_Up)
    assert combo.currentIndex() == 0
    assert len(panel.model.rows) == 2, "a new turn was started instead of re-assigning this one"
    assert panel.current == 1 and panel.current_turn_label() == "Facilitator"
    assert QApplication.focusWidget() is combo  # the next arrow still moves in the list
    press(combo, Qt.Key.Key_Down)
    assert panel.model.rows[1].speaker_code == "BSR-FG01-P01"
    press(combo, Qt.Key.Key_Up)
    assert panel.edit.textCursor().position() == 5  # the caret stays where the facilitator left it

    editor.flush()
    with ctx.store.session() as s:
        saved = [(t.speaker_code, t.text) for t in transcripts.load(s, sid)]
    assert saved == [("", ARABIC), ("", KURDISH)]
    close_editor(editor)


def test_the_speaker_list_on_an_empty_turn_and_at_the_end_reassigns(ctx: AppContext, qtbot: QtBot) -> None:
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    consent_for(ctx.store, pid, sid)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, ARABIC)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript
    panel.edit.moveCursor(QTextCursor.MoveOperation.End)
    panel.speaker_combo.setFocus()
    press(panel.speaker_combo, Qt.Key.Key_Down)  # the facilitator's turn given to seat 1
    assert len(panel.model.rows) == 1 and panel.current_turn_label() == "BSR-FG01-P01"
    assert panel.edit.textCursor().atEnd()
    close_editor(editor)
