"""The focus group's status line says a consent was recorded. After Add participant it read "Added
BSR-FG01-P06. Record their consent before they can be given speech." and went on saying so once their
consent was recorded (and after the five others' too): a facilitator seating six people from the
keyboard in Arabic read that the last one still could not speak. Cancelling the form says nothing new."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_fg_consent_keeps_the_row import answered_by_voice
from tests.ui.test_recording_fg_editor import new_focus_group
from tests.ui_helpers import main_window

T = QApplication.translate
ADDED = ("FocusGroupEditor", "Added %1. Record their consent before they can be given speech.")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_recorded_consent_is_said(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window(manager, store, qtbot, lang)
    editor = window.open_session(new_focus_group(store))
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    editor.add_participant()
    qtbot.waitUntil(lambda: len(editor.people.rows) == 1, timeout=10_000)
    person = editor.people.rows[0]
    added = T(*ADDED).replace("%1", person.code)
    assert editor.status_line.text() == added

    editor.tabs.setCurrentIndex(1)
    editor.people_view.setCurrentIndex(editor.people.index(0, 0))  # Record consent… acts on them
    opened: list[ConsentDialog] = []

    def cancel(dialog: ConsentDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ConsentDialog, "exec", cancel)
    editor.record_consent()
    assert len(opened) == 1  # nothing recorded, nothing new said
    assert editor.status_line.text() == added

    monkeypatch.setattr(ConsentDialog, "exec", answered_by_voice)
    editor.record_consent()
    settle()
    assert editor.people.rows[0].can_speak
    said = editor.status_line.text()
    assert said != added and person.code in said, said
    if lang == "en":
        assert said == f"Consent recorded for {person.code}: they can be given speech."
