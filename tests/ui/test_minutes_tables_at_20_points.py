"""A roundtable's Attendance, Decisions and Action items at 20 points on a 1366x768 laptop at 150 %.

The main window has 895x424 pixels there. Above each table stand the editor's top row, the tabs and
the table's buttons (on two lines for Attendance): the table was given what was left. On a new
roundtable the words of the empty Attendance table ("No one is on the attendance list yet…") had 1
pixel of the 92 they need, a sliver of grey under the column titles, and Action items' 61; with
attendees listed the table showed half a row, the rest reached only by scrolling the table a row at a
time. Now each table keeps the height of two rows (the words, while it is empty), and the editor's
frame scrolls to show them, as the focus group's transcript keeps two turns (turns_room.TURNS_LEAST).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.page_stack import PAGE_FRAME
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.minutes_sections import TableSection
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window_on_screen, new_roundtable_in

LAPTOP = (895, 424)  # the main window's room on a 1366x768 laptop at 150 % (tests/laptop_screen.py)


def _new_roundtable(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                    monkeypatch: pytest.MonkeyPatch) -> RoundtableEditor:
    return new_roundtable_in(main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP, monkeypatch), qtbot)


def _sections(editor: RoundtableEditor) -> dict[str, tuple[int, TableSection]]:
    return {"attendance": (1, editor.attendance), "decisions": (3, editor.decisions),
            "action items": (4, editor.action_items)}


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_empty_tables_say_their_words_whole(lang: str, manager: LanguageManager, store: Store, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    editor = _new_roundtable(manager, store, qtbot, lang, monkeypatch)
    cut = {}
    for name, (tab, section) in _sections(editor).items():
        editor.tabs.setCurrentIndex(tab)
        settle()
        words = section.empty_words
        assert words is not None and words.isVisible() and words.text()
        need = words.heightForWidth(words.width())
        if words.height() < need:
            cut[name] = (words.height(), need)
    assert not cut, f"the empty tables' words cut (pixels shown, needed): {cut}"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_each_table_shows_two_rows(lang: str, manager: LanguageManager, store: Store, qtbot: QtBot,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    editor = _new_roundtable(manager, store, qtbot, lang, monkeypatch)
    for role in ("cso", "government", "cso"):
        editor.attendance_model.add(organisation_id=None, participant_id=None, role=role)
    for section in (editor.decisions, editor.action_items):
        for _ in range(3):
            section.model.add()
    short = {}
    for name, (tab, section) in _sections(editor).items():
        editor.tabs.setCurrentIndex(tab)
        settle()
        view = section.view
        two_rows = view.rowHeight(0) + view.rowHeight(1)
        if view.viewport().height() < two_rows:
            short[name] = (view.viewport().height(), two_rows)
    assert not short, f"tables with less than two rows' room (pixels, two rows'): {short}"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_details_tab_does_not_scroll_for_the_tables_behind_it(
        lang: str, manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The empty tables' words, measured on tabs not yet shown (their views 98 pixels wide, the words on
    many lines), asked for 700 pixels and more: the Details tab, which fits, stood 921 pixels tall, the
    editor's frame scrolling through blank room below its fields."""
    editor = _new_roundtable(manager, store, qtbot, lang, monkeypatch)
    editor.tabs.setCurrentIndex(0)
    settle()
    frame = next(w for w in editor.window().findChildren(QScrollArea) if w.isAncestorOf(editor)
                 and w.objectName() == PAGE_FRAME)
    assert not frame.verticalScrollBar().isVisible(), (editor.minimumSizeHint(), frame.viewport().size())
