"""The roundtable's attendance table says each participant's consent, as the focus group's Participants
tab does.

A facilitator in Kurdish records a citizen's consent from the roundtable (New person, Record consent…, the
form signed): the form closed and nothing on the screen changed. The table showed the pseudonym and the
role only, so whether the consent was kept, and who of the people in the hall still had to be asked, was
learnt at Finalise. Now a Consent column says it ("no consent", "consent given", "declined to take part",
…), and says it again after the form is saved; an organisation's row says nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.models import Organisation, Participant
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.labels import demographics
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from tests.ui.test_first_hour import _consent_by_voice
from tests.ui_helpers import language_fixture, roundtable_editor

T = QApplication.translate

language = language_fixture("ckb")


def shown(editor: RoundtableEditor) -> list[tuple[str, str]]:
    """(attendee, consent) of each row, as the table shows them under their headers."""
    model = editor.attendance_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    consent = headers.index(T("ParticipantFields", "Consent"))
    assert headers[consent] != "Consent"  # in the interface's language
    return [(model.index(r, 0).data(), model.index(r, consent).data()) for r in range(model.rowCount())]


def test_the_attendance_says_each_participants_consent(ctx: AppContext, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.store.transaction() as s:
        s.add(Participant(code="BSR-RT01-P01", governorate="basra"))
        radio = Organisation(name="ڕادیۆی بەسرە", kind="media", governorate="basra")
        s.add(radio)
        s.flush()
        radio_id = radio.id
    editor = roundtable_editor(ctx, qtbot, date=dt.date(2026, 12, 6), venue="هۆڵی زانکۆ", language="ckb")
    editor.add_attendee(organisation_id=radio_id, role="media", name="ڕادیۆی بەسرە")
    monkeypatch.setattr(AttendeeDialog, "exec", lambda _dialog: 1)
    editor.add_participant_button.click()
    none, given = demographics.consent("none"), demographics.consent("given")
    assert shown(editor) == [("ڕادیۆی بەسرە", ""), ("BSR-RT01-P01", none)]

    monkeypatch.setattr(ConsentDialog, "exec", lambda dialog: _consent_by_voice(dialog, qtbot, None))
    editor.consent_button.click()
    assert shown(editor) == [("ڕادیۆی بەسرە", ""), ("BSR-RT01-P01", given)]

    editor.flush()
    again = RoundtableEditor(ctx, editor.session_id)  # opened again: read from the database
    qtbot.addWidget(again)
    assert shown(again) == [("ڕادیۆی بەسرە", ""), ("BSR-RT01-P01", given)]
