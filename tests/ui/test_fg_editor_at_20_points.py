"""The focus-group editor at 20 points on a 1366x768 laptop at 150 % (895x424 logical pixels; its frame
beside the navigation 613 wide in English and 708 in Kurdish, and 322 high).

Measured before: in English the editor asked 775 pixels of width and scrolled sideways, every tab with
it: the Participants tab's three buttons in one row asked 753, and the top row (Back, the title elided
down to 16 characters, Session actions) 629. The buttons now go on to more lines, and the title is
elided down to 10 characters (whole in its tooltip).

Its height: the editor asked 617 pixels in English (605 in Kurdish) and its frame scrolled by about 300.
The transcript's least height was 426: the turns table at its floor of two turns (152) over a speaker
bar of three lines (166: the speaker's list, the time and Stamp time in one group beside New turn,
Delete turn and Shortcuts in another, each on lines of its own) and the text box (102). The text box,
where the caret is when the editor opens, was below the frame's edge; with it in sight the table showed
50 pixels, its column titles. A final session's status line (two lines) took its second line from the
transcript, squeezed under its least. Now the bar is one line (the turn's buttons in a menu where they do
not fit: turn_actions), the transcript's least height (314) fits in the frame, the frame scrolls the turns
and the text box into sight together when the text box takes the focus, and the status line asks for
the height of its lines (widgets.wrapped_label).
"""

from __future__ import annotations

from typing import Any

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
@pytest.mark.parametrize(("lang", "status"), [("en", "draft"), ("ckb", "draft"), ("en", "final"), ("ckb", "final")])
def test_the_turns_and_the_text_box_are_in_sight_together(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                          qtbot: QtBot, lang: str, status: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        _window, editor = open_editor(manager, demo_store, qtbot, lang, monkeypatch, status)
        t: Any = editor.transcript
        assert t.model.rowCount() > 3
        frame = frame_of(editor)
        # The speaker bar is one line: the speaker's list whole, the turn's buttons beside it or in its menu.
        combo = t.speaker_combo
        assert combo.width() >= combo.sizeHint().width()
        assert max(t.speaking.height(), t.acting.height()) <= combo.height() + 4, (t.speaking.height(),
                                                                                   t.acting.height())
        # Two turns over the speaker bar and a two-line text box fit in the frame's height.
        least = t.minimumSizeHint().height()
        assert least <= frame.viewport().height(), (least, frame.viewport().height())
        # Nothing below it takes its room: a final session's status line has two lines there.
        assert t.height() >= least, (t.height(), least, editor.status_line.text())
        assert t.edit.height() >= t.edit.minimumHeight() and t.view.height() >= t.table_height(2)
        # The editor opened with the caret in the text box: the box and the table's first two turns are in sight.
        assert t.edit.hasFocus()
        assert in_sight(frame, t.edit), (t.edit.mapTo(frame.viewport(), QPoint(0, 0)), frame.viewport().size())
        assert in_sight(frame, t.view, QSize(t.view.width(), t.table_height(2)))
        # The buttons that went into the menu are offered there, and do what they did.
        if t.acting.collapsed() and status == "draft":
            t.acting.fill_menu()
            texts = [a.text() for a in t.acting.menu.actions()]
            assert t.new_button.text() in texts and t.stamp_button.text() in texts, texts
            rows = t.model.rowCount()
            t.edit.setPlainText(t.edit.toPlainText() + " …")  # a turn with text: New turn adds one after it
            next(a for a in t.acting.menu.actions() if a.text() == t.new_button.text()).trigger()
            assert t.model.rowCount() == rows + 1
            # Shortcuts is on or off in the menu as its button is, and shows or hides the shortcut line.
            t.acting.fill_menu()
            keys = next(a for a in t.acting.menu.actions() if a.text() == t.keys_button.text())
            assert keys.isCheckable() and keys.isChecked() == t.hint.isVisibleTo(t) == t.keys_button.isChecked()
            keys.trigger()
            assert t.hint.isVisibleTo(t) and t.keys_button.isChecked()
            t.acting.fill_menu()
            assert next(a for a in t.acting.menu.actions() if a.text() == t.keys_button.text()).isChecked()
    finally:
        manager.set_font_size(None)


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
