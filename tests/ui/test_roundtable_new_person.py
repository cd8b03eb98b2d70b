"""A roundtable's Attendance tab could only pick people who already had a pseudonym from a focus group:
someone who came only to the roundtable could not be recorded, nor their consent. It now offers New
person, as the focus group does (the same action, desktop/ui/widgets/new_person.py): the person gets
this roundtable's pseudonym and next seat, is chosen in the table (Record consent acts on them), and
the next autosave keeps their row rather than adding a second one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Attendance, Organisation, Participant
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import NEW_PERSON_ROLE, RoundtableEditor
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE
from tests.shots import shots_folder


def _attending(store: Store, sid: str) -> list[tuple[int, str, str]]:
    """(seat, who, role) of the live attendance rows, a person by pseudonym, an organisation by name."""
    with store.session() as s:
        rows = s.scalars(select(Attendance).where(Attendance.session_id == sid, Attendance.deleted.is_(False))
                         .order_by(Attendance.seat)).all()
        out = []
        for a in rows:
            who = s.get(Participant, a.participant_id).code if a.participant_id else s.get(
                Organisation, a.organisation_id).name
            out.append((a.seat, who, a.role))
        return out


def _new_person(editor: RoundtableEditor, qtbot: QtBot) -> None:
    before = editor.attendance_model.rowCount()
    editor.new_person_button.click()
    qtbot.waitUntil(lambda: editor.attendance_model.rowCount() == before + 1)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_roundtable_seats_a_new_person(lang: str, manager: LanguageManager, store: Store, qtbot: QtBot,
                                         tmp_path: Path) -> None:
    with store.transaction() as s:
        org = Organisation(name="منظمة تموز للتنمية", kind="cso", governorate="basra")
        s.add(org)
        s.flush()
        org_id = org.id
    sid = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    manager.set_language(lang)
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1100, 650)
    window.show()
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    editor.tabs.setCurrentWidget(editor.attendance)
    editor.add_attendee(organisation_id=org_id, role="cso", name="منظمة تموز للتنمية")
    assert editor.new_person_button.isVisibleTo(editor) and editor.new_person_button.isEnabled()

    _new_person(editor, qtbot)
    view = editor.attendance.view
    assert view.currentIndex().row() == 1  # the new person is chosen: Record consent acts on them
    assert editor.consent_button.isEnabled()
    assert editor.attendance_model.data(editor.attendance_model.index(1, 0)) == "BSR-RT01-P02"
    _new_person(editor, qtbot)
    editor.flush()
    assert not editor.has_unsaved()
    assert _attending(store, sid) == [(1, "منظمة تموز للتنمية", "cso"), (2, "BSR-RT01-P02", NEW_PERSON_ROLE),
                                      (3, "BSR-RT01-P03", NEW_PERSON_ROLE)]  # each row once, seats kept
    QApplication.processEvents()
    assert editor.grab().save(str(shots_folder(tmp_path, SHOTS_VARIABLE) / f"roundtable_new_person_{lang}.png"))
    window.close()


def test_the_button_rests_while_the_roundtable_is_final(manager: LanguageManager, store: Store,
                                                        qtbot: QtBot) -> None:
    sid = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    editor.set_read_only(True)
    assert not editor.new_person_button.isEnabled()
    editor.new_person()  # its shortcut: nothing happens
    QApplication.processEvents()
    assert window.ctx.tasks.drain(10_000)
    assert editor.attendance_model.rowCount() == 0 and _attending(store, sid) == []
    window.close()
