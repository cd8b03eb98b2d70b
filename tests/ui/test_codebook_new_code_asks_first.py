"""New code (or New sub-code) pressed on the Codebook page while the panel held typing not saved made
the new code first and asked after (on showing it): Cancel left a stray "New code" behind. It now asks
first: Cancel makes nothing, Save stores the typing then makes the code, Discard makes it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.models import Code
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext

DEFINITION = "كل ما يخصّ الكوتا النسائية في المجالس"
Button = QMessageBox.StandardButton


def _page(ctx: AppContext, qtbot: QtBot) -> tuple[CodebookPage, str, str]:
    """The page on its first code, a definition typed for it and not saved."""
    with ctx.store.transaction() as s:
        first = codebook.create_code(s, name_ar="الكوتا").id
        second = codebook.create_code(s, name_ar="العتبة الانتخابية").id
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(first)
    qtbot.waitUntil(lambda: page.names["ar"].text() == "الكوتا")
    page.texts["definition"].setPlainText(DEFINITION)
    return page, first, second


def _answers(monkeypatch: pytest.MonkeyPatch, *answers: Button) -> list[str]:
    """Each question asked gets the next answer; the questions' words are kept."""
    asked: list[str] = []
    left = list(answers)

    def question(_parent: object, _title: str, text: str, *_a: object) -> Button:
        asked.append(text)
        return left.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _live(ctx: AppContext) -> dict[str, str]:
    with ctx.store.session() as s:
        return {c.id: c.definition for c in s.scalars(select(Code).where(Code.deleted.is_(False)))}


@pytest.mark.parametrize("sub", [False, True])
def test_new_code_cancelled_makes_nothing(sub: bool, ctx: AppContext, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, _second = _page(ctx, qtbot)
    asked = _answers(monkeypatch, Button.Cancel, Button.Cancel)
    (page.sub_btn if sub else page.new_btn).click()
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert len(_live(ctx)) == 2  # no stray "New code"
    assert page.current_id() == first and page.texts["definition"].toPlainText() == DEFINITION


def test_new_code_after_save_stores_the_typing_first(ctx: AppContext, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, _second = _page(ctx, qtbot)
    asked = _answers(monkeypatch, Button.Save)
    page.new_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() not in (None, first) and "New code" in {e.text() for e in page.names.values()})
    assert len(asked) == 1
    codes = _live(ctx)
    assert len(codes) == 3 and codes[first] == DEFINITION
    assert page.texts["definition"].toPlainText() == ""


def test_new_code_after_discard_stores_nothing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, _second = _page(ctx, qtbot)
    asked = _answers(monkeypatch, Button.Discard)
    page.new_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() not in (None, first) and "New code" in {e.text() for e in page.names.values()})
    assert len(asked) == 1
    codes = _live(ctx)
    assert len(codes) == 3 and codes[first] == ""
