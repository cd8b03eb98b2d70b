"""Unlocking a final session needs a reason, kept in the audit trail. A reason pasted as nothing a person
can read (bidi marks from a chat app, a zero-width space, control characters, with spaces and line
breaks) passed ``strip()``: OK was enabled and the session unlocked with a reason that is blank on
screen, or, control characters being dropped when the row is stored, with an empty one. Now OK stays
greyed for it, and ``sessions.unlock`` (which the editors call) refuses it, nothing changed.
Real SQLCipher store, real dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import AuditEvent
from desktop.core.models import Session as SessionRow
from desktop.core.sessions import ReasonRequired
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.session_dialogs import UnlockReasonDialog
from tests.sync_helpers import full_digest

INVISIBLE = ("\u200f\u200e", " \u2067\u2069\n\u200b ", "\x01\x02\x1b", "\ufeff\u061c\t\u2060")


def _final_session(store: Store) -> str:
    sid = sessions.create_session(store, "roundtable", title="Basra roundtable", governorate="basra",
                                  date=dt.date(2026, 11, 5), start_time="10:00", end_time="12:00", venue="Hall",
                                  facilitator="F", note_taker="N")
    sessions.finalise(store, sid, "Huda")
    return sid


@pytest.mark.parametrize("pasted", INVISIBLE)
def test_ok_stays_greyed_for_a_reason_no_one_can_read(qtbot: QtBot, manager: LanguageManager, pasted: str) -> None:
    manager.set_language("ar")
    dialog = UnlockReasonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QGuiApplication.clipboard().setText(pasted)
    dialog.reason.setFocus()
    dialog.reason.paste()
    assert dialog.reason.toPlainText().strip(" \n\ufeff")  # really in the box (Qt drops a leading BOM)
    assert not ok.isEnabled()
    dialog.reason.insertPlainText("تاريخ خاطئ")
    assert ok.isEnabled()


@pytest.mark.parametrize("pasted", INVISIBLE)
def test_unlock_refuses_a_reason_no_one_can_read(store: Store, pasted: str) -> None:
    sid = _final_session(store)
    before = full_digest(store)
    with pytest.raises(ReasonRequired):
        sessions.unlock(store, sid, pasted, "Huda")
    assert full_digest(store) == before
    sessions.unlock(store, sid, f"{pasted}wrong date", "Huda")
    with store.session() as s:
        row = s.get(SessionRow, sid)
        assert row is not None and row.status == "draft"
        reasons = s.scalars(select(AuditEvent.reason).where(AuditEvent.action == "unlock")).all()
        assert len(reasons) == 1 and "wrong date" in (reasons[0] or "")
