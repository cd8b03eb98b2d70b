"""Another code chosen in the Codebook page's tree while what was typed about the code shown is not
saved: the panel was filled with the other code's words and the typing was gone, without a word (a
definition half written, a click on the next code to check its name). Now the page asks: Save (the
typing stored, then the other code shown), Discard (the other code shown, nothing stored) or Cancel
(back to the typing, nothing stored)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Code
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext

DEFINITION = "كل ما يخصّ الكوتا النسائية في المجالس"


def _page(ctx: AppContext, qtbot: QtBot) -> tuple[CodebookPage, str, str]:
    with ctx.store.transaction() as s:
        first = codebook.create_code(s, name_ar="الكوتا").id
        second = codebook.create_code(s, name_ar="العتبة الانتخابية").id
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(first)
    page.texts["definition"].setPlainText(DEFINITION)
    return page, first, second


def _definition(ctx: AppContext, code_id: str) -> str:
    with ctx.store.session() as s:
        code = s.get(Code, code_id)
        assert code is not None
        return code.definition


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_cancel_goes_back_to_the_typing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = _page(ctx, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.select(second)
    qtbot.waitUntil(lambda: page.current_id() == first)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert page.texts["definition"].toPlainText() == DEFINITION
    assert page.names["ar"].text() == "الكوتا"
    assert _definition(ctx, first) == ""


def test_save_stores_the_typing_then_shows_the_other_code(ctx: AppContext, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = _page(ctx, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
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
    page, first, second = _page(ctx, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    page.select(second)
    assert len(asked) == 1
    assert page.current_id() == second and page.names["ar"].text() == "العتبة الانتخابية"
    assert page.texts["definition"].toPlainText() == ""
    assert _definition(ctx, first) == ""


def test_nothing_typed_asks_nothing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = _page(ctx, qtbot)
    page.texts["definition"].setPlainText("")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.select(second)
    assert asked == [] and page.current_id() == second
