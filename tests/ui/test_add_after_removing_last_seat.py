"""Add participant after the person in the last seat was taken off the list. That person keeps their
pseudonym (their paper consent form carries it), and Add made the same one again for the same seat:
"The pseudonym BSR-FG01-P02 is already used by another participant", at every click, for ever, in the
focus group and in a roundtable's New person. Now the new person gets the next free pseudonym."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import participants, sessions
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import PEOPLE_TAB
from desktop.ui.widgets.select_row import select_row
from tests.ui.test_recording_fg_editor import new_focus_group, open_editor


@pytest.fixture(autouse=True)
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    def answer(*_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))


def _seated(store: Store, sid: str) -> list[str]:
    with store.session() as s:
        return [p.code for p in participants.session_participants(s, sid)]


def test_add_after_the_last_seat_was_emptied(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    sid = new_focus_group(store)
    with store.transaction() as s:
        participants.add_to_session(s, sid)
        participants.add_to_session(s, sid)
    editor = open_editor(ctx, qtbot, sid)
    editor.tabs.setCurrentIndex(PEOPLE_TAB)
    select_row(editor.people_view, 1)
    editor.remove_button.click()  # seated by mistake
    assert ctx.tasks.drain(10_000)
    assert _seated(store, sid) == ["BSR-FG01-P01"]
    for expected in (["BSR-FG01-P01", "BSR-FG01-P03"], ["BSR-FG01-P01", "BSR-FG01-P03", "BSR-FG01-P04"]):
        editor.add_button.click()
        assert ctx.tasks.drain(10_000)
        assert _seated(store, sid) == expected
        assert "already used" not in editor.status_line.text()
        assert editor.status_line.text().startswith(f"Added {expected[-1]}.")


def test_a_roundtable_new_person_too(store: Store) -> None:
    sid = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    with store.transaction() as s:
        first = participants.seat_new_person(s, sid, role="citizen")
    with store.transaction() as s:
        participants.remove_from_session(s, sid, first.participant_id)
    with store.transaction() as s:
        again = participants.seat_new_person(s, sid, role="citizen")
    assert again.code != first.code and again.seat == 2
