"""Another code chosen in the Codebook page's tree while what was typed about the code shown is not
saved: the panel was filled with the other code's words and the typing was gone, without a word (a
definition half written, a click on the next code to check its name). Now the page asks: Save (the
typing stored, then the other code shown), Discard (the other code shown, nothing stored) or Cancel
(back to the typing, nothing stored)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.models import Code
from desktop.ui.context import AppContext
from tests.codebook_page_helpers import DEFINITION, answer_questions, page_with_typing


def _definition(ctx: AppContext, code_id: str) -> str:
    with ctx.store.session() as s:
        code = s.get(Code, code_id)
        assert code is not None
        return code.definition


def test_cancel_goes_back_to_the_typing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.select(second)
    qtbot.waitUntil(lambda: page.current_id() == first)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert page.texts["definition"].toPlainText() == DEFINITION
    assert page.names["ar"].text() == "الكوتا"
    assert _definition(ctx, first) == ""


def test_save_stores_the_typing_then_shows_the_other_code(ctx: AppContext, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    page.select(second)
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() == second and page.names["ar"].text() == "العتبة الانتخابية",
                    timeout=10_000)
    assert len(asked) == 1
    assert _definition(ctx, first) == DEFINITION
    assert page.texts["definition"].toPlainText() == ""
    page.select(first)  # nothing typed now: no question
    qtbot.waitUntil(lambda: page.texts["definition"].toPlainText() == DEFINITION)
    assert len(asked) == 1


def test_discard_shows_the_other_code_and_stores_nothing(ctx: AppContext, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    page.select(second)
    assert len(asked) == 1
    assert page.current_id() == second and page.names["ar"].text() == "العتبة الانتخابية"
    assert page.texts["definition"].toPlainText() == ""
    assert _definition(ctx, first) == ""


def test_nothing_typed_asks_nothing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    page.texts["definition"].setPlainText("")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.select(second)
    assert asked == [] and page.current_id() == second
