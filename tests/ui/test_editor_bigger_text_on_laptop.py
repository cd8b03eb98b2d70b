"""A session editor with a larger text size on a 1366x768 laptop at 150 % display scaling.

The window has 895x424 logical pixels there (911x464 under the task bar, less its frame). With
Settings → Font size at 16 points the roundtable editor's row of buttons (Back, the title, Code this
session…, PDF, Audit trail, Finalise) asked for 878 pixels and its Attendance buttons 867, with the
navigation beside them 972: the window grew past the screen's edge, and in Arabic and Kurdish the Back
button and the title, at the right, went out of reach (the focus group editor, 836 wide and 431 tall
at 16 points, likewise). The pages scrolled in frames of their own; the editor did not. Now it does,
as they do: the window keeps to the screen and the editor scrolls; with room it fills its frame.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

LAPTOP = (911 - 16, 464 - 40)


@pytest.mark.parametrize("lang", ["ckb", "ar"])
@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_the_window_keeps_to_the_screen_with_16_point_text(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                           lang: str, kind: str) -> None:
    session_id = sessions.create_session(store, kind, title="طاولة البصرة", governorate="basra")
    window = main_window(manager, store, qtbot, lang)
    window.resize(*LAPTOP)
    manager.set_font_size(16.0)  # Settings → Font size, chosen with the window open
    settle()
    editor = window.open_session(session_id)
    assert editor is not None
    settle()
    tabs = editor.findChild(QTabWidget)
    assert tabs is not None
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        settle()
        grown = window.size().toTuple()
        assert grown[0] <= LAPTOP[0] and grown[1] <= LAPTOP[1], f"tab {i}: the window grew to {grown}"
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= LAPTOP[0] and smallest.height() <= LAPTOP[1], smallest.toTuple()
    assert window.current_page() is editor
    window.close_editor()
    settle()
    assert window.editor is None and window.current_page() is window.page("sessions")
