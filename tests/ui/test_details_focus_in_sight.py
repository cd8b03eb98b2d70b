"""A new roundtable's Details tab from the keyboard at 20 points on a 1366x768 laptop at 150 %: its nine
rows scroll. Tab from the last (Note taker) goes on round (the navigation, Back, the session's actions,
the tab bar) and into the tab, to the title, but the rows stayed scrolled down: the focus in the title, out of sight above, typing into a field nobody
could see. Qt scrolls only for a Tab pressed inside the rows; the Details tab now brings into view
whatever field takes the focus."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import focused, in_view, main_window_on_screen


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_tab_round_to_the_title_brings_it_into_sight(lang: str, manager: Any, store: Store, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.open_session(sessions.create_session(store, "roundtable", title="", date=dt.date.today()))
    assert isinstance(editor, RoundtableEditor)
    window.ctx.tasks.drain()
    settle()
    title, last = editor.edits["title"], editor.edits["note_taker"]
    assert focused() is title  # a new session opens in its title
    for _ in range(20):  # down the rows to the last, as a person fills them in: Qt scrolls down
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        if focused() is last:
            break
    assert focused() is last and in_view(last)
    assert not in_view(title), "the screen is tall enough for every row: nothing to test"
    reached = []
    for _ in range(8):  # on round, as in a focus group: the navigation, Back, the session's actions, the bar, the title
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        now = focused()
        reached.append(now)
        if now in (editor.back, title):
            qtbot.waitUntil(lambda w=now: in_view(w))  # type: ignore[misc]
        if now is title:
            break
    assert reached[0] is window.nav and editor.back in reached and title in reached, reached
    assert reached[-2] is editor.tabs.tabBar()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_focus_groups_details_and_back_come_into_sight_from_the_keyboard(
        lang: str, manager: Any, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same in a focus group's Session details tab, and one more: Tab from its last row goes by the
    navigation to Back, and Back stood above the editor's frame, scrolled down to the rows, out of sight
    (Enter there closes the session). The editor's frame and the tab follow the focus."""
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.open_session(sessions.create_session(store, "focus_group", title="", date=dt.date.today()))
    assert isinstance(editor, FocusGroupEditor)
    window.ctx.tasks.drain()
    editor.tabs.setCurrentIndex(2)  # Session details
    settle()
    title, last = editor.header.texts["title"], editor.header.texts["note_taker"]
    title.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(20):  # down the rows to the last: Qt scrolls down
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        if focused() is last:
            break
    assert focused() is last and in_view(last)
    assert not in_view(title), "the screen is tall enough for every row: nothing to test"
    reached = []
    for _ in range(6):  # on round: the navigation, Back, Session actions, the tab bar, the title
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        now = focused()
        reached.append(now)
        if now in (editor.back_button, title):
            qtbot.waitUntil(lambda w=now: in_view(w))  # type: ignore[misc]
        if now is title:
            break
    assert editor.back_button in reached and title in reached, reached
