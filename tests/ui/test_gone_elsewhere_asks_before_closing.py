"""An editor whose session was made final or deleted elsewhere meanwhile (another window, majlis-cli, a
team update) turns read-only with the typed text on screen, to be copied. Closing it then (Back,
Alt+Left, another page, closing the window) went away silently with that text: the roundtable editor,
and the focus-group editor for a session made final. Now each asks first, with the question asked when a
save failed, and stays when the answer is No. Real windows, real SQLCipher store; only the answer to the
question is given by the test."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.session_editor_base import SessionEditorBase
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_recording_fg_editor import new_focus_group
from tests.ui_helpers import main_window

T = QApplication.translate
LOSE = ("SaveFailure", "Your last changes could not be saved. Close anyway and lose them?")
TYPED = "قاعة البلدية الكبرى"


class Answers:
    """The question before unsaved text is lost: what it asked, answered with ``reply``."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.reply = QMessageBox.StandardButton.No

    def __call__(self, _parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.reply


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answering = Answers()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answering))
    return answering


def _changed_elsewhere(store: Store, session_id: str, meanwhile: str) -> None:
    if meanwhile == "final":  # as a team update or another window does
        with store.transaction() as s:
            row = s.get(Session, session_id)
            assert row is not None
            row.status = "final"
    else:
        sessions.tombstone_session(store, session_id)


def _typed_roundtable(window: MainWindow, store: Store) -> tuple[SessionEditorBase, str]:
    sid = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    venue = editor.edits["venue"]
    venue.setFocus()
    type_text(venue, TYPED)
    return editor, sid


def _typed_focus_group(window: MainWindow, store: Store, qtbot: QtBot) -> tuple[SessionEditorBase, str]:
    sid = new_focus_group(store)
    editor = window.open_session(sid)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    edit = editor.transcript.edit
    edit.setFocus()
    type_text(edit, TYPED)
    return editor, sid


def _typed_in(editor: SessionEditorBase) -> QWidget:
    if isinstance(editor, RoundtableEditor):
        return editor.edits["venue"]
    assert isinstance(editor, FocusGroupEditor)
    return editor.transcript.edit


def _still_shows_the_text(editor: SessionEditorBase) -> bool:
    field = _typed_in(editor)
    if isinstance(field, QLineEdit):
        return field.text() == TYPED
    assert isinstance(field, QTextEdit)
    return TYPED in field.toPlainText()


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
@pytest.mark.parametrize("meanwhile", ["final", "deleted"])
def test_closing_an_editor_whose_session_went_elsewhere_asks_first(
    kind: str, meanwhile: str, manager: LanguageManager, store: Store, answers: Answers, qtbot: QtBot
) -> None:
    window = main_window(manager, store, qtbot, "ar", active=True)
    editor, sid = (_typed_roundtable(window, store) if kind == "roundtable"
                   else _typed_focus_group(window, store, qtbot))
    _changed_elsewhere(store, sid, meanwhile)
    editor.flush()  # the autosave, refused
    settle()
    assert editor.is_read_only() and _still_shows_the_text(editor)
    assert editor.has_unsaved()  # what is on screen is not in the database

    editor.request_close()  # Back
    assert answers.asked == [T(*LOSE)] and window.editor is editor
    QTest.keyClick(_typed_in(editor), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Alt+Left
    assert len(answers.asked) == 2 and window.editor is editor
    window.go_to("participants")  # another page
    settle()
    assert len(answers.asked) == 3 and window.editor is editor and window.current_page() is editor
    window.close()  # the window
    assert len(answers.asked) == 4 and window.isVisible() and window.editor is editor
    assert _still_shows_the_text(editor)  # all along, to be copied

    answers.reply = QMessageBox.StandardButton.Yes  # copied, or not wanted: let go
    editor.request_close()
    assert len(answers.asked) == 5 and window.editor is None
    window.close()
    assert not window.isVisible() and len(answers.asked) == 5  # the editor's text was let go: no question


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_unlocked_again_the_text_is_saved_and_closing_asks_nothing(
    kind: str, manager: LanguageManager, store: Store, answers: Answers, qtbot: QtBot
) -> None:
    """Made final elsewhere, then unlocked in the editor itself: the text kept on screen is saved, and
    there is nothing left to lose."""
    window = main_window(manager, store, qtbot, "ar")
    editor, sid = (_typed_roundtable(window, store) if kind == "roundtable"
                   else _typed_focus_group(window, store, qtbot))
    _changed_elsewhere(store, sid, "final")
    editor.flush()
    assert editor.is_read_only() and editor.has_unsaved()
    if isinstance(editor, RoundtableEditor):
        assert editor.unlock("تصحيح المحضر")
    else:
        assert isinstance(editor, FocusGroupEditor) and editor.lifecycle.unlock("تصحيح المحضر")
    assert not editor.is_read_only()
    editor.request_close()
    assert answers.asked == [] and window.editor is None
    with store.session() as s:
        row = s.get(Session, sid)
        assert row is not None and row.status == "draft"
        if kind == "roundtable":
            assert row.venue == TYPED
        else:
            assert s.scalars(select(TranscriptTurn.text).where(TranscriptTurn.session_id == sid)).all() == [TYPED]
