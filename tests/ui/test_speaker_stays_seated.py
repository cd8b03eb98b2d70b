"""A participant who speaks in the transcript is not taken off the session's list. "Remove from
session" took them off anyway: their turns stayed under a pseudonym no longer in the session, the
speaker box showed those turns as the facilitator's, Ctrl+<seat> said nobody sits there, and the
person could never be seated again (Add makes a new person). Now the removal is refused with one
line saying what to do, for saved turns and for a turn typed but not saved yet; a participant who
has not spoken (or whose speech is hidden after a withdrawal) is removed as before."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import participants, withdrawal
from desktop.core.db import Store
from desktop.core.models import Attendance, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import PEOPLE_TAB, FocusGroupEditor
from desktop.ui.widgets.select_row import select_row
from tests.consent_helpers import add_turn
from tests.helpers_typing import press, type_text
from tests.ui.test_recording_fg_editor import consent_for, new_focus_group, open_editor


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The removal question, answered Yes."""
    questions: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    return questions


def _seated(store: Store, sid: str) -> list[str]:
    with store.session() as s:
        return [p.code for p in participants.session_participants(s, sid)]


def _two_people(store: Store) -> tuple[str, str, str]:
    sid = new_focus_group(store)
    with store.transaction() as s:
        first = participants.add_to_session(s, sid).id
        second = participants.add_to_session(s, sid).id
    for pid in (first, second):
        consent_for(store, pid, sid)
    return sid, first, second


def _remove(editor: FocusGroupEditor, ctx: AppContext, row: int) -> None:
    editor.tabs.setCurrentIndex(PEOPLE_TAB)
    select_row(editor.people_view, row)
    editor.remove_button.click()
    assert ctx.tasks.drain(10_000)


def test_a_participant_who_speaks_stays_seated(ctx: AppContext, store: Store, qtbot: QtBot, asked: list[str]) -> None:
    sid, first, _second = _two_people(store)
    add_turn(store, sid, first, "المشاركة ضعيفة في الريف", 1.0)
    editor = open_editor(ctx, qtbot, sid)
    _remove(editor, ctx, 0)
    assert _seated(store, sid) == ["BSR-FG01-P01", "BSR-FG01-P02"]
    assert editor.status_line.text() == ("BSR-FG01-P01 speaks in this transcript and stays in the session. Give "
                                         "those turns to another speaker first, or delete them.")
    assert asked == []  # not asked a question whose Yes does nothing


def test_a_turn_not_saved_yet_keeps_its_speaker_seated(ctx: AppContext, store: Store, qtbot: QtBot,
                                                         asked: list[str]) -> None:
    sid, _first, _second = _two_people(store)
    editor = open_editor(ctx, qtbot, sid)
    edit = editor.transcript.edit
    edit.setFocus()
    press(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the turn goes to seat 2
    type_text(edit, "ئێمە دەمانەوێت دەنگمان بگات")
    _remove(editor, ctx, 1)
    assert _seated(store, sid) == ["BSR-FG01-P01", "BSR-FG01-P02"]
    assert "BSR-FG01-P02 speaks in this transcript" in editor.status_line.text()


def test_an_empty_new_turn_given_to_them_is_no_speech(ctx: AppContext, store: Store, qtbot: QtBot,
                                                      asked: list[str]) -> None:
    sid, _first, _second = _two_people(store)
    editor = open_editor(ctx, qtbot, sid)
    edit = editor.transcript.edit
    edit.setFocus()
    press(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # nothing typed after it
    _remove(editor, ctx, 1)
    assert _seated(store, sid) == ["BSR-FG01-P01"] and len(asked) == 1
    type_text(edit, "سؤال")  # typed now: the facilitator's, not someone no longer in the session
    editor.flush()
    with store.session() as s:
        assert [t.participant_id for t in s.scalars(select(TranscriptTurn))] == [None]


def test_the_database_refuses_it_too(store: Store) -> None:
    sid, first, _second = _two_people(store)
    add_turn(store, sid, first, "المشاركة ضعيفة في الريف", 1.0)
    with pytest.raises(participants.SpeaksInTranscript), store.transaction() as s:
        participants.remove_from_session(s, sid, first)


def test_who_has_not_spoken_or_withdrew_is_removed(ctx: AppContext, store: Store, qtbot: QtBot,
                                                   asked: list[str]) -> None:
    sid, first, _second = _two_people(store)
    add_turn(store, sid, first, "المشاركة ضعيفة في الريف", 1.0)
    withdrawal.withdraw_participant(store, participant_id=first, scope="all")  # their speech is hidden
    editor = open_editor(ctx, qtbot, sid)
    _remove(editor, ctx, 1)  # has not spoken
    _remove(editor, ctx, 0)  # withdrew: their turns can be given to no one
    assert len(asked) == 2
    assert _seated(store, sid) == []
    with store.session() as s:
        assert all(a.deleted for a in s.scalars(select(Attendance)))
