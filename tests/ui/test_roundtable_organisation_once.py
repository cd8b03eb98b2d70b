"""An organisation chosen with Add organisation… that already attends the roundtable. The picker offered
every organisation, and the same one was added again: it stood twice in the attendance (and in the
minutes' PDF and the reports' counts made from it), where a participant cannot. The picker now offers
only the organisations not attending; when that is none it says so in one translated line, instead of
offering the same ones again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import organisations, sessions
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from tests.ui_helpers import language_fixture, roundtable_editor

T = QApplication.translate

language = language_fixture("ckb")


def test_an_attending_organisation_is_not_offered_again(ctx: AppContext, store: Store, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    first = organisations.create(store, "جمعية الأمل", "cso", "basra")
    second = organisations.create(store, "ڕێکخراوی ژیان", "cso", "erbil")
    editor = roundtable_editor(ctx, qtbot)
    offered: list[list[str]] = []

    def first_one(dialog: AttendeeDialog) -> int:
        offered.append(dialog.offered())
        return 1  # OK, on the first organisation offered

    monkeypatch.setattr(AttendeeDialog, "exec", first_one)
    told: list[str] = []

    def information(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    for _ in range(3):
        editor.attendance.add_button.click()
    assert len(offered) == 2 and len(offered[0]) == 2 and len(offered[1]) == 1, offered
    assert offered[1][0] not in offered[0][:1]  # the one added first is not offered again
    line = T("RoundtableEditor", "Every organisation recorded already attends this roundtable. Add others on the "
                                 "Organisations page.")
    assert told == [line]
    assert "\n" not in line
    editor.flush()
    attending = [row["organisation_id"] for row in sessions.load_minutes(store, editor.session_id).attendance]
    assert sorted(attending) == sorted([first, second])
