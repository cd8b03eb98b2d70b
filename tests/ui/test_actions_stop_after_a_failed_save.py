"""An action on the session as stored (the PDF button of either editor, Finalise in both, the focus group's
Import text…) saves what is on screen first (``SessionEditorBase.save_first``). When that save FAILS (another
program holds the database, as an antivirus scan or a backup tool does; a full disk) the action stops, and
the save's own line says why: before, save_first() returned True whatever the save did, so the PDF button
printed the minutes as stored, not the typing on screen, and said "PDF written"; Finalise made the session
final on the stored content when the other program let go between the save and the finalising (found by
hp4's review, finding 2). Real SQLCipher store (another connection's write lock), real widgets, real PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Decision
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.live_words import Words
from tests.helpers_typing import type_text
from tests.pdf_helpers import pdf_text
from tests.ui.test_recording_fg_editor import new_focus_group
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui_helpers import main_window

T = QApplication.translate


@pytest.fixture
def other(store: Store) -> Iterator[OtherProgram]:
    program = OtherProgram(store)
    yield program
    program.conn.close()


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    return main_window(manager, store, qtbot, "en")


def _locked_line() -> str:
    """The save's own line while another program holds the database."""
    return T("SaveFailure", "Not saved yet: %1 Majlis tries again by itself; your text stays on screen.").replace(
        "%1", T("SaveFailure", "Another program is using the database."))


def _typed(window: MainWindow, store: Store) -> tuple[RoundtableEditor, str]:
    """A roundtable that may be finalised (title, past date, governorate, a decision), a title typed."""
    sid = sessions.create_session(store, "roundtable", title="Stored title", governorate="basra",
                                  date=dt.date(2026, 11, 20))
    with store.transaction() as s:
        s.add(Decision(session_id=sid, text="First decision", position=0.0))
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    editor.edits["title"].selectAll()
    type_text(editor.edits["title"], "Typed Zanzibar")
    return editor, sid


def _fg_typed(window: MainWindow, store: Store, qtbot: QtBot) -> tuple[FocusGroupEditor, str]:
    sid = new_focus_group(store)
    editor = window.open_session(sid)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    title = editor.header.texts["title"]
    title.selectAll()
    type_text(title, "Typed Zanzibar")
    return editor, sid


def _released_when_the_save_fails(editor: FocusGroupEditor, other: OtherProgram) -> list[str]:
    """The other program lets go right after the editor's save failed (said in its line): the lines said."""
    said: list[str] = []
    show = editor.show_message

    def show_and_release(text: str | Words, in_sight: bool = True) -> None:
        show(text, in_sight)
        said.append(editor.status_line.text())
        other.conn.rollback()

    editor.show_message = show_and_release  # type: ignore[method-assign]
    return said


def test_no_pdf_of_the_stored_minutes_while_the_typing_is_not_saved(
        window: MainWindow, store: Store, other: OtherProgram, qtbot: QtBot, tmp_path: Path) -> None:
    editor, _sid = _typed(window, store)
    other.hold()
    pdf = tmp_path / "minutes.pdf"
    editor.pdf_button.export("minutes", str(pdf))
    qtbot.waitUntil(editor.pdf_button.isEnabled, timeout=30_000)  # the PDF written (or none started)
    other.release()
    assert editor.has_unsaved()  # the typing is on screen only
    assert not pdf.exists() or "Zanzibar" in pdf_text(pdf)
    assert not pdf.exists()
    assert editor.save_problem.text() == _locked_line()  # the save's own line says why


def test_a_roundtable_is_not_finalised_on_its_stored_minutes_when_its_save_failed(
        window: MainWindow, store: Store, other: OtherProgram) -> None:
    editor, sid = _typed(window, store)
    other.hold()
    editor.saveFailed.connect(lambda _words: other.release())  # the other program lets go just after
    assert not editor.finalise()
    stored = sessions.load_minutes(store, sid)
    assert stored.status == "draft"
    assert stored.fields["title"] == "Stored title"
    assert editor.has_unsaved() and not editor.is_read_only()
    assert editor.save_problem.text() == _locked_line()
    assert editor.finalise()  # pressed again with the database free: saved, then finalised
    stored = sessions.load_minutes(store, sid)
    assert (stored.status, stored.fields["title"]) == ("final", "Typed Zanzibar")


@pytest.mark.parametrize("action", ["finalise", "pdf", "import text"])
def test_a_focus_group_neither_finalises_prints_nor_imports_text_when_its_save_failed(
        action: str, window: MainWindow, store: Store, other: OtherProgram, qtbot: QtBot,
        tmp_path: Path) -> None:
    editor, sid = _fg_typed(window, store, qtbot)
    other.hold()
    said = _released_when_the_save_fails(editor, other)
    pdf = tmp_path / "minutes.pdf"
    if action == "finalise":
        assert not editor.lifecycle.finalise()
    elif action == "pdf":
        editor.pdf_button.export("minutes", str(pdf))
        assert editor.pdf_button.isEnabled()  # no PDF being written
    else:
        editor.transcript.import_button.click()
        assert editor.findChildren(ImportTextDialog) == []  # no dialog opened over the typing
    assert said == [_locked_line()]
    assert editor.status_line.text() == _locked_line()  # the save's line stays: nothing said over it
    qtbot.wait(300)
    assert not pdf.exists()
    stored = sessions.load_minutes(store, sid)
    assert (stored.status, stored.fields["title"]) == ("draft", "مجموعة البصرة")
    assert editor.has_unsaved() and not editor.is_read_only()
