"""A participant chosen with Add participant… who already attends the roundtable. The picker offered
everyone, and the same person was added again: they stood twice in the attendance, and twice in the
reports' counts made from it (gender, age band). The picker now offers only those not attending; when
that is nobody it says so, instead of offering the same people again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from tests.consent_helpers import focus_group
from tests.ui_helpers import roundtable_editor


def _offered(dialog: AttendeeDialog) -> list[str]:
    return dialog.offered()


def test_who_already_attends_is_not_offered_again(ctx: AppContext, store: Store, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    group = focus_group(store, 2)  # two people recorded on this laptop
    editor = roundtable_editor(ctx, qtbot)
    offered: list[list[str]] = []

    def first_one(dialog: AttendeeDialog) -> int:
        offered.append(_offered(dialog))
        return 1  # OK, on the first person offered

    monkeypatch.setattr(AttendeeDialog, "exec", first_one)
    told: list[str] = []

    def information(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    for _ in range(3):
        editor.add_participant_button.click()
    assert offered == [group.codes, group.codes[1:]]
    assert told == ["Everyone recorded already attends this roundtable. Add someone else with New person."]
    editor.flush()
    attending = [row["participant_id"] for row in sessions.load_minutes(store, editor.session_id).attendance]
    assert attending == group.participants
