"""Add participant (a focus group) and New person (a roundtable) pressed twice before the first came
back from the database worker (a double-click, a busy laptop) made and seated two people, the second
nobody asked for, with a pseudonym of its own that then had to be taken off again. One press waiting
is one person; the next press after it came back is the next person."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core import participants, sessions
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import PEOPLE_TAB
from tests.ui.test_recording_fg_editor import new_focus_group, open_editor
from tests.ui_helpers import roundtable_editor


def _seated(store: Store, sid: str) -> list[str]:
    with store.session() as s:
        return [p.code for p in participants.session_participants(s, sid)]


def test_add_participant_pressed_twice_seats_one(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    sid = new_focus_group(store)
    editor = open_editor(ctx, qtbot, sid)
    editor.tabs.setCurrentIndex(PEOPLE_TAB)
    editor.add_button.click()
    editor.add_button.click()  # before the first came back
    assert ctx.tasks.drain(10_000)
    assert _seated(store, sid) == ["BSR-FG01-P01"]
    editor.add_button.click()
    assert ctx.tasks.drain(10_000)
    assert _seated(store, sid) == ["BSR-FG01-P01", "BSR-FG01-P02"]


def test_new_person_pressed_twice_adds_one(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    editor = roundtable_editor(ctx, qtbot)
    editor.new_person_button.click()
    editor.new_person_button.click()
    assert ctx.tasks.drain(10_000)
    editor.flush()
    attending = [row["participant_id"] for row in sessions.load_minutes(store, editor.session_id).attendance]
    assert len(attending) == 1 and editor.attendance_model.rowCount() == 1
