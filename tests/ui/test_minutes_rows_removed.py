"""Removing a row of a roundtable's decisions or action items, as a note-taker tidies the minutes.

A row added by mistake and left blank asked "Remove the selected row ()?", empty brackets and all,
where an empty agenda item goes without a question; an action item with only its owner written asked
the same, naming nothing. "Remove selected" with no row chosen (the tab just opened) did nothing and
said nothing. Now a blank row goes at once, a row is named by the first words it has, and the button
waits, disabled, until a row is chosen.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.ui_helpers import roundtable_editor

T = QCoreApplication.translate


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The removal questions asked, each answered Yes."""
    questions: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return questions


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_blank_rows_go_without_a_question_and_others_are_named(
        ctx: AppContext, qtbot: QtBot, asked: list[str], lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot)
    editor.decisions_model.set_rows([{"id": None, "text": "ناردنی ڕاپۆرتەکە"}])
    editor.tabs.setCurrentWidget(editor.decisions)
    decisions = editor.decisions
    assert not decisions.remove_button.isEnabled()  # nothing chosen yet
    decisions.add_button.click()  # one too many: chosen, blank
    assert decisions.remove_button.isEnabled()
    QTest.keyClick(decisions.view, Qt.Key.Key_Delete)
    assert asked == [] and [r["text"] for r in editor.decisions_model.rows] == ["ناردنی ڕاپۆرتەکە"]
    decisions.view.setCurrentIndex(editor.decisions_model.index(0, 0))
    decisions.remove_button.click()
    assert asked == [T("TableSection", "Remove the selected row (%1)?").replace("%1", "ناردنی ڕاپۆرتەکە")]
    assert editor.decisions_model.rows == [] and not decisions.remove_button.isEnabled()

    editor.tabs.setCurrentWidget(editor.action_items)
    actions = editor.action_items
    actions.add_button.click()
    editor.actions_model.setData(editor.actions_model.index(0, 1), "Huda")  # only its owner written
    actions.remove_button.click()
    assert asked[1] == T("TableSection", "Remove the selected row (%1)?").replace("%1", "Huda")
    assert editor.actions_model.rows == []
