"""A session deleted elsewhere meanwhile (another window, majlis-cli, a team update) cannot be unlocked
or finalised: it is no longer in the database. Its editor, turned read-only, still offered Unlock…, and
pressing it (or Finalise in an editor that had not noticed yet) raised ``SessionNotFound`` on the UI
thread. Now a deleted session's editor offers neither, and a press that still reaches them says why in
one translated line. Real windows, real SQLCipher store; only the unlock reason is given by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.labels import sessions as labels
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.session_dialogs import UnlockReasonDialog
from desktop.ui.widgets.session_editor_base import SessionEditorBase
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_recording_fg_editor import new_focus_group
from tests.ui_helpers import main_window

T = QApplication.translate
GONE_SAVING = ("SaveFailure", "Not saved: this session is no longer in the database (it was deleted elsewhere "
               "meanwhile). Copy what you typed before you leave it.")
GONE = ("SaveFailure", "This session is no longer in the database: it was deleted elsewhere meanwhile "
        "(another window, majlis-cli or a team update).")


def _open(window: MainWindow, store: Store, qtbot: QtBot, kind: str) -> tuple[SessionEditorBase, str]:
    if kind == "roundtable":
        sid = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    else:
        sid = new_focus_group(store)
    editor = window.open_session(sid)
    assert editor is not None
    if isinstance(editor, FocusGroupEditor):
        qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    return editor, sid


def _buttons(editor: SessionEditorBase) -> tuple[QPushButton, QPushButton]:
    """Unlock… and Finalise."""
    if isinstance(editor, RoundtableEditor):
        return editor.unlock_button, editor.finalise_button
    assert isinstance(editor, FocusGroupEditor)
    return editor.lifecycle.unlock_button, editor.lifecycle.finalise_button


def _line(editor: SessionEditorBase) -> str:
    if isinstance(editor, RoundtableEditor):
        return editor.save_problem.error()
    assert isinstance(editor, FocusGroupEditor)
    return editor.status_line.text()


def _type(editor: SessionEditorBase) -> None:
    field = editor.edits["venue"] if isinstance(editor, RoundtableEditor) else editor.transcript.edit  # type: ignore[attr-defined]
    field.setFocus()
    type_text(field, "قاعة البلدية")


def _deleted_as_a_team_update_does(store: Store, session_id: str) -> None:
    """A team update's tombstone arrives whatever the status here (the app refuses to delete a final one)."""
    with store.transaction() as s:
        row = s.get(Session, session_id)
        assert row is not None
        row.deleted = True


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_a_session_deleted_while_typing_offers_no_unlock(
    kind: str, manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The text typed is stranded: closing the window at the end asks before it is lost; let it go.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    window = main_window(manager, store, qtbot, "ckb", active=True)
    editor, sid = _open(window, store, qtbot, kind)
    _type(editor)
    sessions.tombstone_session(store, sid)
    editor.flush()  # the autosave, refused
    settle()
    unlock, finalise = _buttons(editor)
    assert editor.is_read_only()
    assert unlock.isHidden() and finalise.isHidden()  # neither can be done to a session that is gone
    assert _line(editor) == T(*GONE_SAVING)  # why, in Kurdish


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_unlock_pressed_on_a_final_session_deleted_elsewhere_says_so(
    kind: str, manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window(manager, store, qtbot, "ar")
    if kind == "roundtable":
        sid = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    else:
        sid = new_focus_group(store)
    with store.transaction() as s:
        row = s.get(Session, sid)
        assert row is not None
        row.status = "final"
    editor = window.open_session(sid)
    assert editor is not None
    if isinstance(editor, FocusGroupEditor):
        qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    unlock, finalise = _buttons(editor)
    assert editor.is_read_only() and not unlock.isHidden()
    _deleted_as_a_team_update_does(store, sid)

    monkeypatch.setattr(UnlockReasonDialog, "ask", staticmethod(lambda parent: "تصحيح التاريخ"))
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)  # raised SessionNotFound on the UI thread
    settle()
    assert editor.is_read_only()
    assert unlock.isHidden() and finalise.isHidden()
    assert _line(editor) == T(*GONE)
    with store.session() as s:
        row = s.get(Session, sid)
        assert row is not None and row.deleted and row.status == "final"  # nothing written


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_finalise_pressed_on_a_session_deleted_elsewhere_says_so(
    kind: str, manager: LanguageManager, store: Store, qtbot: QtBot
) -> None:
    """Nothing typed, so the editor had not noticed: Finalise is what finds the session gone."""
    window = main_window(manager, store, qtbot, "en")
    editor, sid = _open(window, store, qtbot, kind)
    sessions.tombstone_session(store, sid)
    unlock, finalise = _buttons(editor)
    qtbot.mouseClick(finalise, Qt.MouseButton.LeftButton)  # raised SessionNotFound on the UI thread
    settle()
    assert editor.is_read_only()
    assert unlock.isHidden() and finalise.isHidden()
    assert _line(editor) == T(*GONE)
    assert not editor.has_unsaved()  # nothing typed: closing asks nothing
    editor.request_close()
    assert window.editor is None


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_finalise_pressed_on_a_session_made_final_elsewhere_shows_it_final(
    kind: str, manager: LanguageManager, store: Store, qtbot: QtBot
) -> None:
    """The same press on a session made final elsewhere (nothing typed): it raised SessionReadOnly ("already
    final"); now the editor shows it final, with Unlock… offered."""
    window = main_window(manager, store, qtbot, "en")
    editor, sid = _open(window, store, qtbot, kind)
    with store.transaction() as s:
        row = s.get(Session, sid)
        assert row is not None
        row.status = "final"
    unlock, finalise = _buttons(editor)
    qtbot.mouseClick(finalise, Qt.MouseButton.LeftButton)
    settle()
    assert editor.is_read_only() and not editor.is_gone()
    assert not unlock.isHidden() and finalise.isHidden()


def test_finalise_pressed_on_a_session_locked_elsewhere_shows_it_locked(
    manager: LanguageManager, store: Store, qtbot: QtBot
) -> None:
    """A roundtable locked elsewhere meanwhile was shown "final" after Finalise was refused: its status
    line says what it is."""
    window = main_window(manager, store, qtbot, "ckb")
    editor, sid = _open(window, store, qtbot, "roundtable")
    assert isinstance(editor, RoundtableEditor)
    with store.transaction() as s:
        row = s.get(Session, sid)
        assert row is not None
        row.status = "locked"
    _, finalise = _buttons(editor)
    qtbot.mouseClick(finalise, Qt.MouseButton.LeftButton)
    settle()
    assert editor.is_read_only()
    assert editor.status_label.text() == labels.status("locked") != labels.status("final")
