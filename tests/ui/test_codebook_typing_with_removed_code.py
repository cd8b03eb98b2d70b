"""The code typed about on the Codebook page, and not saved, goes. Merge into and Delete asked their
question without a word of the typing, which went with the code: the question now says it will be
dropped (No keeps both), and Yes asks nothing more. A code typed about merged or deleted elsewhere (a
team update, an import: any change announced from the worker) took the typing without a word: one
line under the panel now says so."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import codebook
from desktop.core.models import Code
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp

DEFINITION = "كل ما يخصّ الكوتا النسائية في المجالس"
DROPPED = "will be dropped"
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


def test_delete_says_the_typing_goes_and_asks_once(ctx: AppContext, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = _page(ctx, qtbot)
    asked = _answers(monkeypatch, Button.Yes)
    page.delete_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() == second and page.names["ar"].text() == "العتبة الانتخابية")
    assert len(asked) == 1 and DROPPED in asked[0]  # no Save / Discard / Cancel after it
    assert list(_live(ctx)) == [second]
    assert page.error_label.text() == ""


def test_merge_refused_by_no_keeps_the_typing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = _page(ctx, qtbot)
    asked = _answers(monkeypatch, Button.No)
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(second))
    page.merge_btn.click()
    assert len(asked) == 1 and DROPPED in asked[0]
    assert sorted(_live(ctx)) == sorted([first, second])
    assert page.texts["definition"].toPlainText() == DEFINITION


def test_merge_says_the_typing_goes(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = _page(ctx, qtbot)
    asked = _answers(monkeypatch, Button.Yes)
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(second))
    page.merge_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() == second)
    assert len(asked) == 1 and DROPPED in asked[0]
    assert _live(ctx) == {second: ""}  # the typed definition was not carried over
    assert page.texts["definition"].toPlainText() == "" and page.error_label.text() == ""


def test_nothing_typed_no_word_of_dropping(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, _first, second = _page(ctx, qtbot)
    page.texts["definition"].setPlainText("")
    asked = _answers(monkeypatch, Button.No, Button.No)
    page.delete_btn.click()
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(second))
    page.merge_btn.click()
    assert len(asked) == 2 and not any(DROPPED in words for words in asked)


@pytest.mark.parametrize("how", ["delete", "merge"])
def test_code_removed_elsewhere_says_the_typing_was_dropped(how: str, ctx: AppContext, qtbot: QtBot,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = _page(ctx, qtbot)
    asked = _answers(monkeypatch)  # any question would fail: nothing can be saved any more

    def remove(s: Session) -> None:
        if how == "delete":
            codebook.delete(s, first)
        else:
            codebook.merge(s, first, second)

    CollectionOp(ctx, remove).run_now()  # as a team update or another window's change is announced
    qtbot.waitUntil(lambda: page.current_id() == second and page.error_label.text() != "")
    assert asked == []
    assert "not saved" in page.error_label.text()
    assert page.texts["definition"].toPlainText() == ""
    page.select(second)  # the line goes with the next code shown
    assert list(_live(ctx)) == [second]


def test_nothing_typed_removed_elsewhere_says_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    page, first, second = _page(ctx, qtbot)
    page.texts["definition"].setPlainText("")
    CollectionOp(ctx, lambda s: codebook.delete(s, first)).run_now()
    qtbot.waitUntil(lambda: page.current_id() == second)
    assert page.error_label.text() == ""
