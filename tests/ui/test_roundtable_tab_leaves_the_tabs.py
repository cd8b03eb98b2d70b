"""Tab out of the roundtable editor's tabs, as out of the focus-group editor's.

Forward Tab went round inside the tab in front: from its last field (Note-taker on Details, the table on
Attendance, Decisions or Action items) back to the tab bar, then the fields again. The editor's tab
widget, a Tab stop of its own at the end of the editor's order, handed the focus to its tab bar: Back,
the session's actions (Finalise, PDF…) and the navigation were reached only by Shift+Tab or Escape.
Tab from the last control of a tab now goes on, as in the focus-group editor: to the navigation, then
Back and the session's actions, then the tab bar; Shift+Tab comes back the same way.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import focused, main_window


def _press(key: Qt.Key) -> QWidget:
    QTest.keyClick(focused(), key)
    settle()
    return focused()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tab_leaves_the_tab_for_the_navigation_then_back(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                         lang: str) -> None:
    window = main_window(manager, store, qtbot, lang, active=True)
    sid = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    settle()
    bar = editor.tabs.tabBar()
    last_of_tab = {0: editor.edits["note_taker"], 3: editor.decisions.view, 4: editor.action_items.view}
    for index, last in last_of_tab.items():
        editor.tabs.setCurrentIndex(index)
        settle()
        last.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        assert focused() is last
        after = _press(Qt.Key.Key_Tab)
        assert after is window.nav, (index, type(after).__name__, after.objectName())  # not the tab bar again
        assert _press(Qt.Key.Key_Tab) is editor.back
        assert _press(Qt.Key.Key_Backtab) is window.nav
        assert _press(Qt.Key.Key_Backtab) is last  # and back into the tab, where it was
    # Round the whole editor forward: Back, the session's actions, the tab bar, the Details' fields.
    editor.tabs.setCurrentIndex(0)
    settle()
    editor.back.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    seen = [_press(Qt.Key.Key_Tab) for _ in range(16)]
    for widget in (editor.finalise_button, bar, editor.edits["title"], editor.edits["note_taker"], window.nav,
                   editor.back):
        assert widget in seen, widget.objectName() or type(widget).__name__
    assert seen.index(editor.finalise_button) < seen.index(bar) < seen.index(editor.edits["note_taker"]) \
        < seen.index(window.nav) < seen.index(editor.back)

