"""A new session's editor at 24 points on a 1366x768 laptop at 150 %: its top row goes on to two lines.

There the top row (Back, the title, the status, Session actions) stood on one line and asked ~12 pixels
more than the editor's frame in Kurdish and ~100 in English: the whole editor scrolled sideways, its far
side out of sight. Where the row does not fit, its actions now go under Back and the title, in the same
reading and Tab order.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.session_editor_base import HEADING_LEAST
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import main_window_on_screen

LAPTOP_150 = (910, 512)


def frame_of(editor: QWidget) -> QScrollArea:
    frame = editor.parentWidget()
    while frame is not None and not isinstance(frame, QScrollArea):
        frame = frame.parentWidget()
    assert isinstance(frame, QScrollArea)
    return frame


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
@pytest.mark.parametrize(("lang", "size", "screen"), [("ckb", 24.0, LAPTOP_150), ("en", 24.0, LAPTOP_150),
                                                      ("en", None, (1366, 768))])
def test_a_new_sessions_editor_does_not_scroll_sideways(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                        qtbot: QtBot, lang: str, kind: str, size: float | None,
                                                        screen: tuple[int, int],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, demo_store, qtbot, lang, size, screen, monkeypatch)
    window.go_to("sessions")
    window.ctx.tasks.wait(10_000)
    settle()
    page: Any = window.current_page()
    page.new_session(kind)
    qtbot.waitUntil(lambda: window.page_stack.editor is not None, timeout=10_000)
    window.ctx.tasks.wait(10_000)
    settle()
    editor: Any = window.page_stack.editor
    frame = frame_of(editor)
    frame.verticalScrollBar().setValue(0)  # the top row in sight (the frame follows the focus down)
    settle()
    qtbot.wait(100)  # the row turned down, and the frame laid out again for it
    assert frame.horizontalScrollBar().maximum() == 0, (editor.minimumSizeHint().width(), frame.viewport().width())
    back = editor.back_button if kind == "focus_group" else editor.back
    heading, actions = editor.heading, editor.session_actions
    assert back.isVisible() and back.text(), "Back keeps its word"
    metrics = heading.fontMetrics()
    least = min(metrics.horizontalAdvance(heading.text()), HEADING_LEAST * metrics.averageCharWidth())
    assert heading.width() >= least, (heading.width(), least)
    # Back first in reading order (at the right in Kurdish), the title after it on the same line.
    at = {w: w.mapTo(editor, QPoint(0, 0)) for w in (back, heading, actions)}
    assert at[back].y() == at[heading].y() or abs(at[back].y() - at[heading].y()) < back.height()
    assert (at[back].x() < at[heading].x()) == (lang == "en")
    below = at[actions].y() >= at[back].y() + back.height()
    assert below == (size is not None), "the actions under Back where there is no room beside, else beside"
    # Tab from Back goes on to the session's actions (the menu's button when they are in it).
    back.setFocus()
    qtbot.keyClick(back, Qt.Key.Key_Tab)
    first_action = actions.more if actions.collapsed() else editor.code_button
    assert QApplication.focusWidget() is first_action, QApplication.focusWidget()
