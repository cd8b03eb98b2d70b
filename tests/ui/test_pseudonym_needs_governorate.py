"""A person added to a session before its governorate is chosen.

The pseudonym is made from the governorate (BSR-FG01-P01 in Basra). A facilitator who pressed Add
participant (a focus group) or New person (a roundtable) first got XXX-FG01-P01, a participant with no
governorate, and kept them so once Basra was chosen: the next people were BSR-FG01-P02, P03, and the
XXX code is the one written on the person's paper consent form. Now nobody is added until the
governorate is chosen; the editor says so in the interface's language and goes to the field.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.ui.focus_group.editor import DETAILS_TAB, FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

SOURCE = "Choose the governorate first: the pseudonym is made from it."


def codes(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(s.scalars(select(Participant.code)))


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_focus_group_adds_nobody_before_its_governorate(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                          lang: str) -> None:
    session_id = sessions.create_session(store, "focus_group", title="گروپی فۆکەس")
    window = main_window(manager, store, qtbot, lang)
    editor = window.open_session(session_id)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    editor.add_button.click()
    settle()
    assert window.ctx.tasks.drain(10_000)
    assert codes(store) == []
    said = QApplication.translate("FocusGroupEditor", SOURCE)
    assert said != SOURCE and editor.status_line.text() == said
    assert editor.tabs.currentIndex() == DETAILS_TAB
    governorate = editor.header.governorate
    governorate.setCurrentIndex(governorate.findData("basra"))
    governorate.activated.emit(governorate.currentIndex())
    editor.add_button.click()
    qtbot.waitUntil(lambda: len(codes(store)) == 1, timeout=10_000)
    assert codes(store)[0].startswith("BSR-FG")


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_roundtable_adds_no_new_person_before_its_governorate(manager: LanguageManager, store: Store,
                                                                qtbot: QtBot, lang: str) -> None:
    session_id = sessions.create_session(store, "roundtable", title="مێزی گفتوگۆ")
    window = main_window(manager, store, qtbot, lang)
    editor = window.open_session(session_id)
    assert isinstance(editor, RoundtableEditor)
    editor.tabs.setCurrentIndex(1)  # Attendance
    editor.new_person_button.click()
    settle()
    assert window.ctx.tasks.drain(10_000)
    assert codes(store) == [] and editor.attendance_model.rows == []
    said = QApplication.translate("RoundtableEditor", SOURCE)
    assert said != SOURCE and editor.save_problem.text() == said
    assert editor.tabs.currentIndex() == 0
    editor.governorate.setCurrentIndex(editor.governorate.findData("basra"))
    editor.new_person_button.click()
    qtbot.waitUntil(lambda: len(codes(store)) == 1, timeout=10_000)
    assert codes(store)[0].startswith("BSR-RT")
