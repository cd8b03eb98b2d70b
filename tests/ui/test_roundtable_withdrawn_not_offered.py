"""Someone who withdrew their consent for everything is not offered for a roundtable's attendance.

Their words were erased and no consent can ever be recorded for them again (the consent form says so:
someone who comes again is added as a new participant). Yet "Add participant…" offered their pseudonym
like anyone else's, seated them without a word, and the minutes could be made final with them in the
attendance and no consent at all (their withdrawal counted as "nothing to ask"). Now the picker leaves
them out, and when no one else is left it says so in one line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import Attendance, ConsentTemplate
from desktop.ui.context import AppContext
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import language_fixture, roundtable_editor

T = QApplication.translate

language = language_fixture("ckb")


def test_who_withdrew_everything_is_not_offered(ctx: AppContext, store: Store, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 2, language="ckb")
    with store.session() as s:
        template = s.execute(select(ConsentTemplate.id).where(ConsentTemplate.language == "ckb")).scalar_one()
    for person in group.participants:
        consent.record_consent(store, person, group.session_id, template, all_yes(template, store),
                               "verbal_witness", witness="W", facilitator="F")
    withdrawn, staying = group.participants
    withdrawal.withdraw_participant(store, participant_id=withdrawn, scope="all", on=dt.date(2026, 11, 1))
    editor = roundtable_editor(ctx, qtbot, title="مێزی گفتوگۆ", governorate="basra", date=dt.date(2026, 11, 20))

    offered: list[list[str]] = []

    def choose_first(dialog: AttendeeDialog) -> int:
        dialog.find_box.setText("P0")  # typed: the search on the DB worker finds the same
        dialog.search()
        qtbot.waitUntil(lambda: dialog.searches >= 2)
        offered.append([dialog.who.item(i).text() for i in range(dialog.who.count())])
        dialog.who.setCurrentRow(0)
        return 1

    monkeypatch.setattr(AttendeeDialog, "exec", choose_first)
    editor.add_participant_button.click()
    assert offered == [[group.codes[1]]]  # not the one who withdrew
    assert [row["participant_id"] for row in editor.attendance_model.rows] == [staying]

    told: list[str] = []

    def information(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    editor.add_participant_button.click()  # only the one who withdrew is left: one line, no empty picker
    assert len(offered) == 1
    assert told == [T("RoundtableEditor", "Everyone else recorded has withdrawn their consent, and no consent can be "
                                          "recorded for them again. Add someone who attends with New person.")]
    editor.flush()
    settle()
    with store.session() as s:
        seated = s.scalars(select(Attendance.participant_id).where(
            Attendance.session_id == editor.session_id, Attendance.deleted.is_(False))).all()
    assert seated == [staying]
