"""The focus-group editor at 20 points on a 1366x768 laptop at 150 % (895x424 logical pixels; its frame
beside the navigation 613 wide in English and 708 in Kurdish, and 322 high).

Measured before: in English the editor asked 775 pixels of width and scrolled sideways, every tab with
it: the Participants tab's three buttons in one row asked 753, and the top row (Back, the title elided
down to 16 characters, Session actions) 629. The buttons now go on to more lines, and the title is
elided down to 10 characters (whole in its tooltip).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150
from tests.ui_helpers import main_window_on_screen


def frame_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert isinstance(parent, QScrollArea)
    return parent


def open_editor(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                monkeypatch: pytest.MonkeyPatch, status: str = "draft") -> tuple[MainWindow, FocusGroupEditor]:
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with store.session() as s:
        session_id = s.scalars(select(Session.id).where(Session.kind == "focus_group", Session.status == status)
                               .limit(1)).one()
    editor = window.open_session(session_id)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    for _ in range(3):
        settle()
        qtbot.wait(20)
    return window, editor


def in_sight(frame: QScrollArea, widget: QWidget, size: QSize | None = None) -> bool:
    """Whether ``widget`` (its top ``size`` only, if given) is wholly within the frame's viewport."""
    port = frame.viewport()
    return port.rect().contains(QRect(widget.mapTo(port, QPoint(0, 0)), size or widget.size()))


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_no_tab_of_the_editor_scrolls_sideways(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                               qtbot: QtBot, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        _window, editor = open_editor(manager, demo_store, qtbot, lang, monkeypatch)
        frame = frame_of(editor)
        for index in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(index)
            settle()
            settle()
            least = editor.minimumSizeHint().expandedTo(editor.minimumSize()).width()
            assert least <= frame.viewport().width(), (index, least, frame.viewport().width())
            assert not frame.horizontalScrollBar().isVisible(), index
    finally:
        manager.set_font_size(None)
