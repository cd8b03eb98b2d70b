"""Add participant… and Add organisation… start on the role such an attendee most often comes in.

Both opened on the first role in the list, "Provincial council member": a facilitator who found a
citizen's pseudonym and pressed Enter (as the list invites) recorded a citizen as a member of the
provincial council, in the minutes' PDF and in the reports' counts by role; an organisation came in the
same role. A participant now starts as a citizen (as New person seats them), an organisation as a civil
society organisation (the attendance table's own default); either can still be changed in the dialog or
in the table.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import organisations as orgs
from desktop.core.models import Participant
from desktop.ui.context import AppContext
from desktop.ui.labels import sessions as labels
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from tests.ui_helpers import language_fixture, roundtable_editor

language = language_fixture("ckb")


def test_enter_on_the_one_found_keeps_the_likely_role(ctx: AppContext, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.store.transaction() as s:
        s.add(Participant(code="EBL-FG01-P01", governorate="erbil"))
    orgs.create(ctx.store, "ڕێکخراوی ئاشتی", "cso", "erbil")
    editor = roundtable_editor(ctx, qtbot, title="مێزی گفتوگۆ", governorate="erbil", date=dt.date(2026, 11, 20))
    roles: list[str] = []

    def enter(dialog: AttendeeDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        roles.append(dialog.role.currentText())
        qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)  # the first one found, as the list offers it
        return int(dialog.result())

    monkeypatch.setattr(AttendeeDialog, "exec", enter)
    editor.add_participant_button.click()
    editor.attendance.add_button.click()
    assert [row["role"] for row in editor.attendance_model.rows] == ["citizen", "cso"]
    assert roles == [labels.role("citizen"), labels.role("cso")]  # what the dialog showed
    shown = [editor.attendance_model.index(row, 1).data() for row in range(2)]
    assert shown == [labels.role("citizen"), labels.role("cso")]
