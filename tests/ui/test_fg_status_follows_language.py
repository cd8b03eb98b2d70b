"""The focus group's status line stays in the interface's language: "Finalised…", "No participant
sits in seat …", "Speaker of this turn: …" were written once, in the language of that moment, and a
facilitator who switched to Kurdish kept reading Arabic until the next message."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_recording_fg_editor import new_focus_group
from tests.ui_helpers import main_window

T = QApplication.translate


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    return main_window(manager, store, qtbot, "ar")


def _editor(window: MainWindow, store: Store, qtbot: QtBot) -> FocusGroupEditor:
    editor = window.open_session(new_focus_group(store))
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    return editor


def _follows(editor: FocusGroupEditor, manager: LanguageManager, expected: tuple[str, str]) -> None:
    """The line says ``expected`` (a LifecycleBar/TranscriptPanel source text, translated) in
    Arabic, then in Kurdish and English after live switches."""
    for lang in ("ar", "ckb", "en"):
        manager.set_language(lang)
        settle()
        said = editor.status_line.text()
        assert said.startswith(expected_in(expected)), (lang, said)
        assert lang == "en" or expected_in(expected) != expected[1]  # really translated


def expected_in(source: tuple[str, str]) -> str:
    return T(*source).split("%1")[0]


def test_finalised_follows_a_language_switch(window: MainWindow, manager: LanguageManager, store: Store,
                                             qtbot: QtBot) -> None:
    editor = _editor(window, store, qtbot)
    assert editor.lifecycle.finalise() is True
    _follows(editor, manager, ("LifecycleBar", "Finalised: the session is now read-only."))


def test_a_speaker_line_follows_a_language_switch(window: MainWindow, manager: LanguageManager, store: Store,
                                                  qtbot: QtBot) -> None:
    editor = _editor(window, store, qtbot)
    editor.transcript.request_speaker(7)  # no seat 7 in an empty focus group
    _follows(editor, manager, ("TranscriptPanel", "No participant sits in seat %1."))


def test_an_empty_seat_is_said_in_the_digits_chosen(window: MainWindow, manager: LanguageManager, store: Store,
                                                    qtbot: QtBot) -> None:
    """Settings → Digits: Arabic-Indic. Ctrl+7 with nobody in seat 7 said "seat 7" in Latin digits, where
    the seats in the participants table and the speaker list say ٧."""
    editor = _editor(window, store, qtbot)
    manager.set_digits("arab")
    settle()
    editor.transcript.request_speaker(7)
    settle()
    said = editor.status_line.text()
    assert "٧" in said and "7" not in said, said
