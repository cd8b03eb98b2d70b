"""A focus group's refused save or Add participant is said in the interface's language.

The editor's status line put the core's own sentence into a translated frame: a turn deleted elsewhere
meanwhile (another window on the same database) gave "لم يُحفظ: the turn does not exist. …", a session
deleted meanwhile "Nobody was added: the session does not exist" (in Arabic but for the core's English
words), and a turn whose speaker withdrew consent meanwhile "…: this speaker withdrew consent; the turn
cannot be edited". Each is now a sentence of the language. Real editor, real SQLCipher store.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import participants, transcripts, withdrawal
from desktop.core.models import Session
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.i18n_allowlist import english_words
from tests.ui.test_recording_fg_editor import close_editor, consent_for, new_focus_group, open_editor
from tests.ui.test_roundtable_gone_elsewhere_said import GONE

T = QApplication.translate
CORE_WORDS = ("does not exist", "withdrew consent;", "the turn cannot be edited")


def _said(editor: FocusGroupEditor) -> str:
    settle()
    return editor.status_line.text()


def _typed_in_first_turn(ctx: AppContext, qtbot: QtBot, session_id: str) -> FocusGroupEditor:
    editor = open_editor(ctx, qtbot, session_id)
    editor.transcript.select(0)
    edit = editor.transcript.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " أيضا")
    assert editor.transcript.model.has_unsaved()
    return editor


def _close_losing(editor: FocusGroupEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closed, its unsaved text let go (the question a person is asked, answered Yes)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    close_editor(editor)


def _in_the_language(said: str, lang: str, expected: str) -> None:
    assert said == expected, said
    assert not any(words in said for words in CORE_WORDS), said
    assert not english_words(said), (lang, said)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_turn_deleted_elsewhere_is_said_in_the_language(lang: str, ctx: AppContext, manager: LanguageManager,
                                                           qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    manager.set_language(lang)
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        turn_id = transcripts.add_turn(s, sid, None, "كلمة الميسّر").id
    editor = _typed_in_first_turn(ctx, qtbot, sid)
    with ctx.store.transaction() as s:  # another window on the same database deletes the turn
        transcripts.delete_turn(s, turn_id)
    assert editor._save() is False
    source = ("Not saved: a turn you changed was deleted elsewhere meanwhile (another window, majlis-cli or a "
              "team update). Copy your text, then close the session and open it again.")
    said = _said(editor)
    assert said == T("FocusGroupEditor", source), said
    assert not any(words in said for words in CORE_WORDS), said
    if T("FocusGroupEditor", source) != source:  # a new line: whole once its translation is in the catalogue
        assert not english_words(said), (lang, said)
    _close_losing(editor, monkeypatch)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_speaker_who_withdrew_meanwhile_is_said_in_the_language(lang: str, ctx: AppContext,
                                                                   manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    manager.set_language(lang)
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    consent_for(ctx.store, pid, sid)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, pid, "نريد أن يُسمع صوتنا")
    editor = _typed_in_first_turn(ctx, qtbot, sid)
    # Withdrawn (everything: the speech hidden) from another window while this one still shows the words.
    withdrawal.withdraw_participant(ctx.store, participant_id=pid, scope="all", on="2026-11-21")
    assert editor._save() is False
    _in_the_language(_said(editor), lang, T(
        "TranscriptPanel", "This turn is hidden (consent withdrawn) and cannot be changed."))
    _close_losing(editor, monkeypatch)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_session_deleted_elsewhere_is_said_in_the_language(lang: str, ctx: AppContext, manager: LanguageManager,
                                                              qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    manager.set_language(lang)
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, "كلمة الميسّر")
    editor = _typed_in_first_turn(ctx, qtbot, sid)
    with ctx.store.transaction() as s:
        row = s.get(Session, sid)
        assert row is not None
        row.deleted = True
    assert editor._save() is False
    # The roundtable editor's words (test_fg_gone_elsewhere_said): the text on screen is to be copied.
    _in_the_language(_said(editor), lang, T("SaveFailure", GONE))
    _close_losing(editor, monkeypatch)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_nobody_added_to_a_deleted_session_is_said_in_the_language(lang: str, ctx: AppContext,
                                                                    manager: LanguageManager, qtbot: QtBot) -> None:
    manager.set_language(lang)
    sid = new_focus_group(ctx.store)
    editor = open_editor(ctx, qtbot, sid)
    with ctx.store.transaction() as s:  # deleted meanwhile (another window, a team update)
        row = s.get(Session, sid)
        assert row is not None
        row.deleted = True
    editor.status_line.clear()
    editor.add_participant()
    qtbot.waitUntil(lambda: bool(editor.status_line.text()), timeout=10_000)
    expected = T("NewPerson", "Nobody was added: %1").replace(
        "%1", T("FocusGroupEditor", "This session is no longer in the database."))
    _in_the_language(_said(editor), lang, expected)
    close_editor(editor)
