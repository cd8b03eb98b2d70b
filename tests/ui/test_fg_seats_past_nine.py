"""Seats 10 to 12 of a twelve-person focus group have no speaker key, and the speaker list says so.

The list offered "BSR-FG01-P12 (Ctrl+12)": a facilitator who pressed Ctrl+1 then 2 at the end of a
turn started a new turn for seat 1 and typed "2" into it, the speech saved under the wrong person.
Ctrl+1..9 give seats 1 to 9; the later seats are chosen in the list (Alt+S, then the arrow keys).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import participants, transcripts
from desktop.ui.context import AppContext
from tests.helpers_typing import press
from tests.ui.test_recording_fg_editor import close_editor, consent_for, new_focus_group, open_editor


def test_only_the_first_nine_seats_are_offered_a_speaker_key(ctx: AppContext, qtbot: QtBot) -> None:
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        seated = [participants.add_to_session(s, sid).id for _ in range(12)]
    for pid in seated:
        consent_for(ctx.store, pid, sid)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, "أهلاً بكم في جلسة البصرة")
    editor = open_editor(ctx, qtbot, sid)
    combo = editor.transcript.speaker_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[9] == "BSR-FG01-P09 (Ctrl+9)"
    for seat in (10, 11, 12):
        assert items[seat] == f"BSR-FG01-P{seat}", items[seat]  # no "(Ctrl+10)": no such key

    combo.setFocus()  # seat 12 by keyboard: the list, then the arrow keys
    press(combo, Qt.Key.Key_End)
    assert editor.transcript.current_turn_label() == "BSR-FG01-P12"
    assert len(editor.transcript.model.rows) == 1
    close_editor(editor)
