"""A person at the door who declines to take part: their answer is recorded (No to taking part), and the
focus group's status line went on saying "Added BSR-FG01-P01. Record their consent before they can be
given speech." as if nothing had been recorded, and a facilitator might open the form again and press
them. The line now says their refusal was recorded and that they cannot be given speech."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.focus_group.participants_model import COLUMNS
from desktop.ui.labels import demographics
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_fg_consent_keeps_the_row import seated
from tests.ui.test_fg_consent_recorded_said import ADDED

T = QApplication.translate


def declined(dialog: ConsentDialog) -> int:
    """No to taking part (and so to everything), said aloud before a witness; saved."""
    for row in dialog.clause_rows:
        row.set_answer(False)
    dialog.method_buttons.button(2).setChecked(True)  # Verbal, with a witness
    dialog.witness_edit.setText("أم علي")
    dialog.facilitator_edit.setText("زينب")
    dialog.save()
    return int(dialog.result())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_refusal_recorded_is_said(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    editor = seated(manager, store, qtbot, lang, 1)
    person = editor.people.rows[0]
    editor.people_view.setCurrentIndex(editor.people.index(0, 0))
    monkeypatch.setattr(ConsentDialog, "exec", declined)
    editor.record_consent()
    settle()
    assert not editor.people.rows[0].can_speak
    said = editor.status_line.text()
    assert said != T(*ADDED).replace("%1", person.code) and person.code in said, said
    if lang == "en":
        assert said == f"Recorded for {person.code}: they decline to take part and cannot be given speech."


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_list_tells_a_refusal_from_a_consent_not_yet_taken(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                                lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """At the door, fifteen rows: "no consent" stood both for the one who declined and for the one not
    yet asked, and only the Consent page's register told them apart."""
    editor = seated(manager, store, qtbot, lang, 2)
    editor.people_view.setCurrentIndex(editor.people.index(0, 0))
    monkeypatch.setattr(ConsentDialog, "exec", declined)
    editor.record_consent()
    settle()
    column = COLUMNS.index("consent")
    shown = [editor.people.index(row, column).data() for row in range(2)]
    assert shown == [demographics.consent("declined"), demographics.consent("none")]
    assert shown[0] != shown[1]
    if lang == "en":
        assert shown[0] == "declined to take part"
