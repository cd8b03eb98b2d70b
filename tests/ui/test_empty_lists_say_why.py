"""A list with nothing in it says why: on a new database, the Sessions, Participants and Organisations
pages and the Codebook's tree were headings over an empty white box (at most a "0 sessions" in a
corner), nothing saying what the list holds or how to start one; a search that matched nothing looked the same. Each
list now says, in its middle, that nothing is held yet and where to begin, or that nothing matches the
search; the line goes when a row comes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QAbstractItemView, QLabel
from pytestqt.qtbot import QtBot

from desktop.core import codebook, sessions
from desktop.core.db import Store
from desktop.core.models import Organisation
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.people_tab import PEOPLE_TAB
from desktop.ui.main_window import MainWindow
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window


def said(view: QAbstractItemView) -> str:
    """The words shown over ``view``'s rows (a label in its viewport, on screen), or ""."""
    shown = [label for label in view.viewport().findChildren(QLabel) if label.isVisible() and label.text()]
    if not shown:
        return ""
    assert len(shown) == 1
    label = shown[0]
    inside = QRect(label.mapTo(view.viewport(), label.rect().topLeft()), label.size())
    assert view.viewport().rect().contains(inside), "the words are not inside the list"
    assert label.layoutDirection() == view.layoutDirection()
    return label.text()


def window(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> MainWindow:
    win = main_window(manager, store, qtbot, lang)
    win.ctx.tasks.drain()
    settle()
    return win


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_sessions_list_says_how_to_start(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> None:
    win = window(manager, store, qtbot, lang)
    page = win.page("sessions")
    assert isinstance(page, SessionsPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    settle()
    assert said(page.view) == QCoreApplication.translate(
        "SessionsPage", "No sessions yet. Start one with New roundtable or New focus group.")
    page.search.setText("nothing like this")
    page.apply_filter()
    qtbot.waitUntil(lambda: page.loads >= 2)
    settle()
    assert said(page.view) == QCoreApplication.translate("SessionsPage", "No session matches the search and filters.")
    page.search.setText("")
    sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    settle()
    assert said(page.view) == ""


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_participants_list_says_where_they_come_from(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                     lang: str) -> None:
    win = window(manager, store, qtbot, lang)
    win.go_to("participants")
    page = win.page("participants")
    assert isinstance(page, ParticipantsPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    settle()
    assert said(page.view) == QCoreApplication.translate(
        "ParticipantsPage", "No participants yet. They are added in a session, in its Participants or "
                            "Attendance tab.")
    page.search.setText("nothing like this")
    page.apply_filter()
    qtbot.waitUntil(lambda: page.loads >= 2)
    settle()
    assert said(page.view) == QCoreApplication.translate("ParticipantsPage", "No participant matches the search.")


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_organisations_list_says_how_to_add_one(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                lang: str) -> None:
    win = window(manager, store, qtbot, lang)
    win.go_to("organisations")
    page = win.page("organisations")
    assert isinstance(page, OrganisationsPage)
    settle()
    assert said(page.view) == QCoreApplication.translate(
        "OrganisationsPage", "No organisations yet. Type one's name beside the list and press Save.")
    page.search.setText("nothing like this")
    settle()
    assert said(page.view) == QCoreApplication.translate("OrganisationsPage", "No organisation matches the search.")
    page.search.setText("")
    with store.transaction() as s:
        s.add(Organisation(name="شبكة شمس", kind="cso", governorate="baghdad"))
    page.refresh()
    settle()
    assert page.model.rowCount() == 1
    assert said(page.view) == ""


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_codebook_says_how_to_start_one(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> None:
    win = window(manager, store, qtbot, lang)
    win.go_to("codebook")
    page = win.page("codebook")
    assert isinstance(page, CodebookPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    settle()
    assert said(page.tree) == QCoreApplication.translate(
        "CodebookPage", "No codes yet. Press New code to start the codebook, or Import .qdc… to use one you have.")
    with store.transaction() as s:
        codebook.create_code(s, name_ar="بطاقة الناخب", name_en="Voter cards")
    page.refresh()
    qtbot.waitUntil(lambda: page.loads >= 2)
    settle()
    assert said(page.tree) == ""


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_new_focus_group_says_how_to_seat_the_first(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                      lang: str) -> None:
    session_id = sessions.create_session(store, "focus_group", title="جلسة البصرة", governorate="basra")
    win = window(manager, store, qtbot, lang)
    editor = win.open_session(session_id)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    editor.tabs.setCurrentIndex(PEOPLE_TAB)
    settle()
    assert said(editor.people_view) == QCoreApplication.translate(
        "FocusGroupEditor", "No participants yet. Press Add participant to seat the first: each is given a pseudonym.")
    editor.set_read_only(True)  # as a final session opens, or is finalised
    assert said(editor.people_view) == QCoreApplication.translate(
        "FocusGroupEditor", "No participant was seated in this session.")
    editor.set_read_only(False)
    editor.add_participant()
    qtbot.waitUntil(lambda: editor.people.rowCount() == 1, timeout=10_000)
    settle()
    assert said(editor.people_view) == ""


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_new_roundtables_tables_say_what_they_hold(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                    lang: str) -> None:
    """A new roundtable's Attendance, Decisions and Action items tabs were headings over a blank box."""
    from desktop.ui.sessions.roundtable_editor import RoundtableEditor

    session_id = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    win = window(manager, store, qtbot, lang)
    editor = win.open_session(session_id)
    assert isinstance(editor, RoundtableEditor)
    tr = lambda text: QCoreApplication.translate("RoundtableEditor", text)  # noqa: E731
    tables = [
        (editor.attendance, tr("No one is on the attendance list yet. Add the organisations and participants who "
                               "came with the buttons above."),
         tr("No attendance was recorded for this roundtable.")),
        (editor.decisions, tr("No decisions yet. Press Add decision to record one."), tr("No decisions were recorded.")),
        (editor.action_items, tr("No action items yet. Press Add action item to record who does what, and by when."),
         tr("No action items were recorded.")),
    ]
    for section, draft, _final in tables:
        editor.tabs.setCurrentWidget(section)
        settle()
        assert said(section.view) == draft
    editor.set_read_only(True)  # as final minutes open, or once finalised
    for section, _draft, final in tables:
        editor.tabs.setCurrentWidget(section)
        settle()
        assert said(section.view) == final
    editor.set_read_only(False)
    editor.tabs.setCurrentWidget(editor.decisions)
    editor.decisions.add_button.click()
    settle()
    assert editor.decisions_model.rowCount() == 1 and said(editor.decisions.view) == ""
