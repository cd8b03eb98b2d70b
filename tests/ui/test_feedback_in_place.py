"""Feedback where the eye is: a refused speaker stops the typing at the cause, finalise blockers
are a list that leads to each problem, and nothing is removed without a question."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import participants, transcripts
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import PEOPLE_TAB, FocusGroupEditor
from tests.helpers_typing import press, type_text
from tests.ui.test_recording_fg_editor import close_editor, consent_for, new_focus_group, open_editor

CTRL = Qt.KeyboardModifier.ControlModifier


def _two_seats(ctx: AppContext, qtbot: QtBot) -> tuple[FocusGroupEditor, str, list[str]]:
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        ids = [participants.add_to_session(s, sid).id for _ in range(2)]
    consent_for(ctx.store, ids[0], sid)  # seat 1 consented, seat 2 not
    editor = open_editor(ctx, qtbot, sid)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    return editor, sid, ids


def test_refused_speaker_takes_the_caret_out_of_the_previous_turn(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, sid, ids = _two_seats(ctx, qtbot)
    edit = editor.transcript.edit
    edit.setFocus()
    type_text(edit, "ابدأ")
    press(edit, Qt.Key.Key_1, CTRL)
    type_text(edit, "کوردی")
    press(edit, Qt.Key.Key_2, CTRL)  # seat 2 has no consent
    banner = editor.transcript.banner
    assert banner.isVisible() and "BSR-FG01-P02" in banner.message() and "consent" in banner.message()
    assert not edit.hasFocus() and banner.action_button.hasFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    type_text(focused, "x")  # what the facilitator goes on typing does not land in P01's turn
    assert editor.transcript.model.rows[editor.transcript.current].text == "کوردی"
    assert editor.transcript.current_turn_label() == "BSR-FG01-P01"
    press(banner, Qt.Key.Key_Escape)
    assert not banner.isVisible() and edit.hasFocus()

    opened: list[str] = []
    dialog_class = editor.consent_dialog_class
    assert dialog_class is not None

    def fake_exec(dialog: Any) -> int:
        opened.append(dialog.participant_id)
        consent_for(ctx.store, dialog.participant_id, sid)
        return 1

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    press(edit, Qt.Key.Key_2, CTRL)
    banner.action_button.click()  # "Record consent for BSR-FG01-P02…"
    assert opened == [ids[1]]
    press(edit, Qt.Key.Key_2, CTRL)
    assert editor.transcript.current_turn_label() == "BSR-FG01-P02" and not banner.isVisible()
    close_editor(editor)


def test_finalise_blockers_lead_to_the_participant(ctx: AppContext, qtbot: QtBot) -> None:
    editor, _sid, _ids = _two_seats(ctx, qtbot)
    type_text(editor.transcript.edit, "ابدأ")
    assert editor.lifecycle.finalise() is False
    lines = editor.blockers.texts()
    assert editor.blockers.isVisible() and any("BSR-FG01-P02" in line for line in lines), lines
    row = next(i for i, line in enumerate(lines) if "BSR-FG01-P02" in line)
    editor.blockers.choose(row)
    assert editor.tabs.currentIndex() == PEOPLE_TAB
    selected = editor.people_view.selectionModel().selectedRows()
    assert [editor.people.rows[i.row()].code for i in selected] == ["BSR-FG01-P02"]
    close_editor(editor)


def test_removing_a_participant_or_a_turn_asks_first(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, sid, _ids = _two_seats(ctx, qtbot)
    answers: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    editor.tabs.setCurrentIndex(PEOPLE_TAB)
    editor.people_view.selectRow(1)
    answers.append(QMessageBox.StandardButton.No)
    editor.remove_button.click()
    assert len(editor.people.rows) == 2 and "BSR-FG01-P02" in asked[-1]
    answers.append(QMessageBox.StandardButton.Yes)
    editor.remove_button.click()
    qtbot.waitUntil(lambda: [p.code for p in editor.people.rows] == ["BSR-FG01-P01"], timeout=10_000)

    editor.tabs.setCurrentIndex(0)
    type_text(editor.transcript.edit, "نص")
    answers.append(QMessageBox.StandardButton.No)
    editor.transcript.delete_button.click()
    assert editor.transcript.model.rows[0].text == "نص"
    close_editor(editor)
    with ctx.store.session() as s:
        assert [t.text for t in transcripts.load(s, sid)] == ["نص"]


def test_a_save_between_two_new_turns_keeps_both(ctx: AppContext, qtbot: QtBot) -> None:
    """An autosave (or a focus change) between two new turns: the second is placed after the first,
    which by then has an id of its own (it used to refer to the first by its editor-only key)."""
    editor, sid, _ids = _two_seats(ctx, qtbot)
    edit = editor.transcript.edit
    type_text(edit, "أولاً")
    editor.flush()  # as the 1.5 s autosave would
    press(edit, Qt.Key.Key_1, CTRL)
    type_text(edit, "دووەم")
    editor.flush()
    assert "Not saved" not in editor.status_line.text(), editor.status_line.text()
    press(edit, Qt.Key.Key_0, CTRL)
    type_text(edit, "ثالثاً")
    editor.flush()
    close_editor(editor)
    with ctx.store.session() as s:
        assert [t.text for t in transcripts.load(s, sid)] == ["أولاً", "دووەم", "ثالثاً"]
