"""The start and end times of a session look the same in both editors, in every language: the hint
in the interface's words (not the Latin "HH:MM" in an Arabic screen) and the time on the side where
the other fields of the form start. The roundtable editor pinned "14:00" to the left in Arabic and
Kurdish while the focus-group editor put it on the right."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.app import make_context
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


@pytest.fixture
def field_store(tmp_path: Path) -> Iterator[Store]:
    store = fresh_store(tmp_path / "field.db", PASSPHRASE, "لاپتۆپی هەولێر")
    yield store
    store.close()


def _time_edits(window: MainWindow, kind: str, qtbot: QtBot) -> list[QLineEdit]:
    window.go_to("sessions")
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    page.new_session(kind)  # stored on the DB worker, then the editor opens
    if kind == "roundtable":
        qtbot.waitUntil(lambda: isinstance(window.editor, RoundtableEditor), timeout=20_000)
        editor = window.editor
        assert isinstance(editor, RoundtableEditor)
        return [editor.edits["start_time"], editor.edits["end_time"]]
    qtbot.waitUntil(lambda: isinstance(window.editor, FocusGroupEditor) and window.editor.is_loaded, timeout=20_000)
    fg = window.editor
    assert isinstance(fg, FocusGroupEditor)
    return [fg.header.texts["start_time"], fg.header.texts["end_time"]]


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_time_boxes_follow_the_interface(kind: str, field_store: Store, manager: LanguageManager,
                                         qtbot: QtBot) -> None:
    manager.set_language("ar")
    window = MainWindow(make_context(field_store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    edits = _time_edits(window, kind, qtbot)
    arabic_hint = QApplication.translate("TimeField", "HH:MM")
    assert arabic_hint != "HH:MM"
    for edit in edits:
        assert edit.text() == ""  # a new session: the hint is what a person sees
        assert edit.placeholderText() == arabic_hint
        assert edit.alignment() & Qt.AlignmentFlag.AlignRight and edit.alignment() & Qt.AlignmentFlag.AlignAbsolute
    manager.set_language("en")  # at runtime, with the editor open
    QApplication.processEvents()
    for edit in edits:
        assert edit.placeholderText() == "HH:MM"
        assert edit.alignment() & Qt.AlignmentFlag.AlignLeft
    manager.set_language("ckb")
    QApplication.processEvents()
    for edit in edits:
        assert edit.placeholderText() == QApplication.translate("TimeField", "HH:MM") != arabic_hint
        assert edit.alignment() & Qt.AlignmentFlag.AlignRight
    window.ctx.tasks.wait(10_000)
    window.close()


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_a_new_session_is_in_the_interfaces_language(kind: str, field_store: Store, manager: LanguageManager,
                                                     qtbot: QtBot) -> None:
    """A facilitator working in Kurdish starts a session held in Kurdish (every new one was Arabic)."""
    manager.set_language("ckb")
    window = MainWindow(make_context(field_store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    _time_edits(window, kind, qtbot)
    editor = window.editor
    assert editor is not None
    shown = editor.language_combo if isinstance(editor, RoundtableEditor) else editor.header.language  # type: ignore[attr-defined]
    assert shown.currentData() == "ckb"
    with field_store.session() as s:
        (stored,) = [row.language for row in s.scalars(select(Session))]
    assert stored == "ckb"
    window.ctx.tasks.wait(10_000)
    window.close()
