"""Words shortened in a question or a table end with a whole character and "…".

Removing an agenda item or a decision asks a question naming it by its first 60 characters; the
Sync page's conflicts table shows the first 80 of each version. They were cut at exactly that many
code points: a letter lost its fatha and shadda (العامَّة read "العام"), a flag was halved (a lone
regional indicator, a box), and nothing said the words went on.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.sync.conflicts import ConflictView
from desktop.ui.context import AppContext
from desktop.ui.sync.models import ConflictsModel
from tests.ui_helpers import language_fixture, roundtable_editor

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

language = language_fixture("ar")

# م at character 59, its fatha and shadda after it.
AGENDA = "قانون الانتخابات والدوائر المتعددة: ما الذي تريد القوى العامَّة؟"
# A flag's two halves at characters 59 and 60.
DECISION = "رفع التوصيات إلى مجلس المحافظة وإلى برلمان الإقليم وبغداد: 🇮🇶 خلال شهر"
# A flag's two halves at characters 79 and 80 (a turn edited on two laptops).
TURN = "ئەنجامەکان دەبێت زوو ڕابگەیەنرێن، ئێمە بە ئاڵای کوردستان و عێراق دەنگمان دا بە 🇮🇶 دڵخۆشین"


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _whole_start(shown: str, text: str) -> bool:
    """Whether ``shown`` is the start of ``text`` cut where a character ends, marked with "…"."""
    stem = shown.removesuffix("…")
    if stem == shown or not text.startswith(stem):
        return False
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_units(stem))
    return finder.isAtBoundary()


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_the_removal_questions_name_items_with_whole_characters(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert AGENDA.index("مَّة") == 59 and DECISION.index("🇮🇶") == 59
    editor = roundtable_editor(ctx, qtbot)
    editor.tabs.setCurrentWidget(editor.agenda)
    item = editor.agenda.add_item()
    item.title.setText(AGENDA)
    editor.tabs.setCurrentWidget(editor.decisions)
    editor.decisions.add_button.click()
    model = editor.decisions_model
    assert model.setData(model.index(0, 0), DECISION)
    asked = _asked(monkeypatch)
    item.remove.click()
    editor.decisions.view.setCurrentIndex(model.index(0, 0))
    editor.decisions.remove_button.click()
    assert len(asked) == 2
    named = [text[text.index(start):] for text, start in zip(asked, (AGENDA[:10], DECISION[:10]), strict=True)]
    assert _whole_start(named[0].split(")")[0], AGENDA), asked[0]
    assert _whole_start(named[1].split(")")[0], DECISION), asked[1]
    assert "\U0001f1ee" not in asked[1]  # not half the flag


def test_the_conflicts_table_shows_a_version_with_whole_characters(qtbot: QtBot) -> None:
    assert TURN.index("🇮🇶") == 79
    model = ConflictsModel()
    model.set_items([ConflictView(1, "transcript_turn", "0f" * 16, "text", "v1", TURN, "v2", TURN + " زۆر",
                                  "a", "open", None)])
    for column, text in ((1, TURN + " زۆر"), (2, TURN)):
        shown = model.index(0, column).data()
        assert _whole_start(shown, text), shown
