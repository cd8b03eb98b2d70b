"""Time stamps never go backwards when the editor is reopened mid-session.

A session with no start time (or one not dated today) restarted its elapsed time at 0:00:00 each time
the editor opened: after a crash or a break at 1:30:00 the next turn was stamped 0:00:04, earlier
than every turn above it. The clock now goes on from the transcript's latest stamp.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import transcripts
from desktop.ui.context import AppContext
from tests.helpers_typing import press, type_text
from tests.ui.test_recording_fg_editor import close_editor, new_focus_group, open_editor

CTRL = Qt.KeyboardModifier.ControlModifier


def stamp_seconds(stamp: str) -> int | None:
    hours, minutes, seconds = (int(part) for part in stamp.split(":"))
    return hours * 3600 + minutes * 60 + seconds


def _stamp_new_turn(ctx: AppContext, qtbot: QtBot, sid: str, words: str) -> str:
    editor = open_editor(ctx, qtbot, sid)
    edit = editor.transcript.edit
    edit.setFocus()
    press(edit, Qt.Key.Key_Return, CTRL)  # a new turn after the last one
    type_text(edit, words)
    press(edit, Qt.Key.Key_T, CTRL)
    stamp = editor.transcript.model.rows[editor.transcript.current].timestamp
    editor.flush()
    close_editor(editor)
    return stamp


def test_a_reopened_session_without_a_start_time_stamps_after_its_last_turn(ctx: AppContext, qtbot: QtBot) -> None:
    sid = new_focus_group(ctx.store)  # dated another day: its start time says nothing about now
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, "أهلاً بكم", timestamp="0:00:10")
        transcripts.add_turn(s, sid, None, "السؤال الثاني", timestamp="1:30:00")

    first = _stamp_new_turn(ctx, qtbot, sid, "نعم")
    second = _stamp_new_turn(ctx, qtbot, sid, "شكراً")  # reopened again

    first_s, second_s = stamp_seconds(first), stamp_seconds(second)
    assert first_s is not None and second_s is not None
    assert 5400 <= first_s < 5400 + 60, first  # on from 1:30:00, not 0:00:00
    assert first_s <= second_s < 5400 + 60, second
    with ctx.store.session() as s:
        stamps = [stamp_seconds(t.timestamp) or 0 for t in transcripts.load(s, sid)]
    assert stamps == sorted(stamps) and len(stamps) == 4


def test_a_turn_is_never_stamped_before_the_turn_above_it(ctx: AppContext, qtbot: QtBot) -> None:
    sid = new_focus_group(ctx.store)
    editor = open_editor(ctx, qtbot, sid)
    panel, edit = editor.transcript, editor.transcript.edit
    type_text(edit, "الجولة الأولى")
    press(edit, Qt.Key.Key_T, CTRL)
    panel.model.set_timestamp(panel.current, "0:45:00")  # stamped by hand, ahead of the clock
    press(edit, Qt.Key.Key_Return, CTRL)
    type_text(edit, "الجولة الثانية")
    press(edit, Qt.Key.Key_T, CTRL)
    assert (stamp_seconds(panel.model.rows[panel.current].timestamp) or 0) >= 45 * 60
    close_editor(editor)
