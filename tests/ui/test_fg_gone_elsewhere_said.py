"""The focus-group editor, when its session was made final or deleted elsewhere meanwhile, says so in the
roundtable editor's words (save_failure.session_gone_words): one wording for both editors. Before, it
said it in its own: "This session is final and read-only: unlock it to edit." (as if the person had made
it final) and "This session is no longer in the database." (nothing about the text still on screen), and a
deleted session stayed editable, each save refused again. Real editor, real SQLCipher store."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import sessions, transcripts
from desktop.core.models import Session
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.i18n_allowlist import english_words
from tests.ui.test_recording_fg_editor import close_editor, new_focus_group, open_editor
from tests.ui.test_roundtable_gone_elsewhere_said import FINAL, GONE

T = QApplication.translate


@pytest.mark.parametrize(("lang", "meanwhile"), [("ar", "final"), ("ckb", "deleted"), ("ckb", "final"),
                                                  ("ar", "deleted")])
def test_the_focus_group_says_a_session_gone_elsewhere_as_the_roundtable_does(
    lang: str, meanwhile: str, ctx: AppContext, manager: LanguageManager, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    manager.set_language(lang)
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, "كلمة الميسّر")
    editor = open_editor(ctx, qtbot, sid)
    editor.transcript.select(0)
    edit = editor.transcript.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " أيضا")
    if meanwhile == "final":  # as a team update or another window does
        with ctx.store.transaction() as s:
            row = s.get(Session, sid)
            assert row is not None
            row.status = "final"
    else:
        sessions.tombstone_session(ctx.store, sid)
    editor.flush()
    settle()
    expected = T("SaveFailure", FINAL if meanwhile == "final" else GONE)
    assert editor.status_line.text() == expected
    assert expected not in (FINAL, GONE) and english_words(expected) == []
    assert editor.is_read_only() and edit.isReadOnly()  # no more tries
    assert edit.toPlainText() == "كلمة الميسّر أيضا"  # kept to be copied
    assert not editor.autosave_timer.isActive()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    close_editor(editor)
