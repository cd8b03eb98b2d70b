"""On a new laptop there is nothing to choose from yet: "Add organisation…" and "Add participant…"
say where the entries come from, in the interface's language. Before, each opened a dialog with an
empty list whose OK did nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from tests.ui_helpers import dialogs_opened, language_fixture, roundtable_editor

T = QApplication.translate


language = language_fixture("ckb")


def test_empty_lists_say_where_their_entries_come_from(ctx: AppContext, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    editor = roundtable_editor(ctx, qtbot, title="مێزی گفتوگۆ", governorate="erbil")
    told: list[str] = []

    def information(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    opened = dialogs_opened(monkeypatch, AttendeeDialog)
    editor.attendance.add_button.click()
    editor.add_participant_button.click()
    assert opened == []  # no dialog with nothing in it
    assert told == [
        T("RoundtableEditor", "There are no organisations yet. Add them on the Organisations page, then come back here."),
        T("RoundtableEditor", "There are no participants yet. Add someone who attends with New person: they get a "
                              "pseudonym of this roundtable."),
    ]
    assert all("There are" not in line for line in told)  # in Kurdish
    assert editor.attendance_model.rowCount() == 0
