"""A citizen who attends a roundtable gives consent from the roundtable editor itself: the finalise list
leads to their attendance row, "Record consent…" opens the form, and the minutes can then be final.
Before, nothing in the app could record it (the roundtable had no such button, and the Consent page
only records again what is already in its register): a roundtable with a participant could never be
finalised."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from tests.ui.test_first_hour import _consent_by_voice
from tests.ui_helpers import dialogs_opened, language_fixture, roundtable_editor

T = QApplication.translate


language = language_fixture("ar")


def test_a_roundtable_attendee_consents_from_the_editor(ctx: AppContext, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.store.transaction() as s:
        s.add(Participant(code="BSR-RT01-P01", governorate="basra"))
    editor = roundtable_editor(ctx, qtbot, date=dt.date(2026, 11, 20), start_time="10:00", end_time="12:00",
                               venue="قاعة الجامعة", facilitator="هدى", note_taker="كاروان", language="ar")

    def citizen(dialog: AttendeeDialog) -> int:
        dialog.role.setCurrentIndex(dialog.role.findData("citizen"))
        return 1

    monkeypatch.setattr(AttendeeDialog, "exec", citizen)
    editor.add_participant_button.click()
    assert not editor.finalise()  # no consent yet
    missing = f"BSR-RT01-P01: {T('problems', 'No consent recorded.')}"
    assert editor.blockers.texts() == [missing]

    editor.blockers.choose(0)  # the list leads to the attendee's row
    assert editor.tabs.currentWidget() is editor.attendance
    assert editor.consent_button.isEnabled() and editor.consent_button.text() != "Record &consent…"

    asked: list[str] = []

    def by_voice(dialog: ConsentDialog) -> int:
        asked.append(dialog.pseudonym)
        return _consent_by_voice(dialog, qtbot, None)

    monkeypatch.setattr(ConsentDialog, "exec", by_voice)
    editor.consent_button.click()
    assert asked == ["BSR-RT01-P01"]
    assert editor.blockers.texts() == []  # what was missing is there now
    assert editor.finalise() and editor.is_read_only()


def test_the_button_waits_for_a_participant(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = roundtable_editor(ctx, qtbot, title="طاولة")
    assert not editor.consent_button.isEnabled()  # nobody chosen
    editor.add_attendee(organisation_id="org-1", role="media", name="إذاعة البصرة")
    assert not editor.consent_button.isEnabled()  # an organisation gives no consent
    opened = dialogs_opened(monkeypatch, ConsentDialog)
    editor.record_consent()
    assert opened == []
