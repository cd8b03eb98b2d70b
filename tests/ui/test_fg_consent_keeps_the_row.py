"""After the consent form closes, the participant it was for is still the current row of the focus
group's Participants list, with the keyboard on the list: Down goes on to the next person, whose
consent is recorded next. The list was read again and lost its row: Down went to the first person
again, and Record consent… said "Select a participant first." (six people seated and consented from
the keyboard, in Arabic, at a focus group in Basra)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_recording_fg_editor import new_focus_group
from tests.ui_helpers import main_window

CONSENTED: list[str] = []


def answered_by_voice(dialog: ConsentDialog) -> int:
    """The form filled in as the facilitator does (every clause, a witness), saved into the database."""
    for row in dialog.clause_rows:
        row.set_answer(row.clause_key != "quote")  # one clause refused: still a consent
    dialog.method_buttons.button(2).setChecked(True)  # Verbal, with a witness
    dialog.witness_edit.setText("أم علي")
    dialog.facilitator_edit.setText("زينب")
    dialog.save()
    return int(dialog.result())


def answered_and_noted(dialog: ConsentDialog) -> int:
    """``answered_by_voice``, the participant noted in CONSENTED."""
    CONSENTED.append(dialog.participant_id)
    return answered_by_voice(dialog)


def seated(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, people: int) -> FocusGroupEditor:
    """A new focus group in the main window, ``people`` seated, its Participants tab in front."""
    window = main_window(manager, store, qtbot, lang, active=True)
    editor = window.open_session(new_focus_group(store))
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    for n in range(1, people + 1):
        editor.add_participant()
        qtbot.waitUntil(lambda n=n: len(editor.people.rows) == n, timeout=10_000)  # type: ignore[misc]
    editor.tabs.setCurrentIndex(1)
    settle()
    return editor


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_row_stays_after_the_consent_form(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    CONSENTED.clear()
    monkeypatch.setattr(ConsentDialog, "exec", answered_and_noted)
    editor = seated(manager, store, qtbot, lang, 3)
    view = editor.people_view
    view.setFocus()
    view.setCurrentIndex(editor.people.index(0, 0))
    for row in range(3):
        assert view.currentIndex().row() == row
        editor.record_consent()
        settle()
        assert view.currentIndex().row() == row, "the list lost its row after the consent form"
        assert view.hasFocus()
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert [p.participant_id for p in editor.people.rows] == CONSENTED
    assert all(p.can_speak for p in editor.people.rows)


def test_cancelled_form_keeps_the_row_too(manager: LanguageManager, store: Store, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ConsentDialog, "exec", lambda _dialog: 0)  # Cancel
    editor = seated(manager, store, qtbot, "ar", 2)
    editor.people_view.setCurrentIndex(editor.people.index(1, 0))
    editor.record_consent()
    settle()
    assert editor.people_view.currentIndex().row() == 1
