"""An agenda item's Remove button asks first when the item holds anything (its title, an hour of
discussion notes), as every other removal does; an empty item goes at once. Before, one click took
the notes away and the autosave made it final."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import shown_number
from tests.helpers_typing import type_text
from tests.ui_helpers import language_fixture, roundtable_editor

T = QApplication.translate


language = language_fixture("ar")


def test_removing_an_agenda_item_with_notes_asks_first(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = roundtable_editor(ctx, qtbot)
    editor.tabs.setCurrentWidget(editor.agenda)
    empty = editor.agenda.add_item()
    item = editor.agenda.add_item()
    type_text(item.title, "قانون الانتخابات")
    item.notes.setFocus()
    type_text(item.notes, "قال المشاركون إن الدوائر المتعددة أعدل.")
    editor.flush()

    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}

    def question(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(f"{title}|{text}")
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(item.remove, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    expected = T("AgendaSection", "Remove agenda item %1 and its discussion notes?").replace(
        "%1", f"{shown_number(2)} (قانون الانتخابات)")
    assert asked[0] == f"{T('AgendaSection', 'Remove an agenda item')}|{expected}"
    assert "Remove" not in asked[0]  # in Arabic
    assert editor.agenda.items == [empty, item] and not editor.dirty  # No: nothing changed

    qtbot.mouseClick(empty.remove, Qt.MouseButton.LeftButton)  # nothing in it: no question
    assert len(asked) == 1 and editor.agenda.items == [item]

    answer["button"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(item.remove, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and editor.agenda.items == []
    editor.flush()
    with ctx.store.session() as s:
        assert sessions.minutes_of(s, editor.session_id).agenda == []
