"""Ctrl+S in a session editor saves what is typed at once, as on the pages with a Save button
(test_ctrl_s_saves_pages.py). It did nothing: the editor saves two seconds after typing stops or when
the focus leaves a field, so a facilitator who pressed Ctrl+S and shut the laptop's lid at once lost the
words typed last, believing them saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import sessions as svc
from desktop.core import transcripts
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.ui.test_recording_editor import type_text
from tests.ui.test_recording_fg_editor import close_editor, new_focus_group, open_editor
from tests.ui_helpers import focused

VENUE = "قاعة جامعة البصرة"


def test_ctrl_s_saves_the_typing_at_once(make_ctx, store: Store, language: LanguageManager,  # type: ignore[no-untyped-def]
                                         qtbot: QtBot) -> None:
    language.set_language("ar")
    sid = svc.create_session(store, "roundtable", date=dt.date(2023, 1, 10))
    editor = RoundtableEditor(make_ctx(store, user_name="Huda", lang=language), sid)
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    editor.activateWindow()
    venue = editor.edits["venue"]
    venue.setFocus()
    qtbot.waitUntil(lambda: focused() is venue)
    type_text(venue, VENUE)
    assert editor.autosave_timer.isActive()  # the autosave two seconds off
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert svc.load_minutes(store, sid).fields["venue"] == VENUE  # saved now, not when the timer fires
    assert not editor.dirty and focused() is venue  # and the typing goes on where it was


def test_ctrl_s_in_the_transcript_saves_the_turn_typed(ctx: AppContext, qtbot: QtBot) -> None:
    """The focus group's transcript box keeps many keys of its own (Ctrl+digits, Ctrl+Enter, Ctrl+T):
    Ctrl+S is not one of them, and saves there too."""
    sid = new_focus_group(ctx.store)
    editor = open_editor(ctx, qtbot, sid)
    editor.activateWindow()
    edit = editor.transcript.edit
    edit.setFocus()
    qtbot.waitUntil(lambda: focused() is edit)
    type_text(edit, "أهلاً بكم")
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with ctx.store.session() as s:
        assert [t.text for t in transcripts.load(s, sid)] == ["أهلاً بكم"]
    assert focused() is edit
    close_editor(editor)
