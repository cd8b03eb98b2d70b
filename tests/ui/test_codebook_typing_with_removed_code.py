"""The code typed about on the Codebook page, and not saved, goes. Merge into and Delete asked their
question without a word of the typing, which went with the code: the question now says it will be
dropped (No keeps both), and Yes asks nothing more. A code typed about merged or deleted elsewhere (a
team update, an import: any change announced from the worker) took the typing without a word: one
line under the panel now says so."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.core import codebook
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.codebook_page_helpers import DEFINITION, answer_questions, live_definitions, page_with_typing

DROPPED = "will be dropped"
Button = QMessageBox.StandardButton


def test_delete_says_the_typing_goes_and_asks_once(ctx: AppContext, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, Button.Yes)
    page.delete_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() == second and page.names["ar"].text() == "العتبة الانتخابية")
    assert len(asked) == 1 and DROPPED in asked[0]  # no Save / Discard / Cancel after it
    assert list(live_definitions(ctx)) == [second]
    assert page.error_label.text() == ""


def test_merge_refused_by_no_keeps_the_typing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, Button.No)
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(second))
    page.merge_btn.click()
    assert len(asked) == 1 and DROPPED in asked[0]
    assert sorted(live_definitions(ctx)) == sorted([first, second])
    assert page.texts["definition"].toPlainText() == DEFINITION


def test_merge_says_the_typing_goes(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, Button.Yes)
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(second))
    page.merge_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() == second)
    assert len(asked) == 1 and DROPPED in asked[0]
    assert live_definitions(ctx) == {second: ""}  # the typed definition was not carried over
    assert page.texts["definition"].toPlainText() == "" and page.error_label.text() == ""


def test_nothing_typed_no_word_of_dropping(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, _first, second = page_with_typing(ctx, qtbot)
    page.texts["definition"].setPlainText("")
    asked = answer_questions(monkeypatch, Button.No, Button.No)
    page.delete_btn.click()
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(second))
    page.merge_btn.click()
    assert len(asked) == 2 and not any(DROPPED in words for words in asked)


@pytest.mark.parametrize("how", ["delete", "merge"])
def test_code_removed_elsewhere_says_the_typing_was_dropped(how: str, ctx: AppContext, qtbot: QtBot,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch)  # any question would fail: nothing can be saved any more

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
    assert list(live_definitions(ctx)) == [second]


def test_nothing_typed_removed_elsewhere_says_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    page, first, second = page_with_typing(ctx, qtbot)
    page.texts["definition"].setPlainText("")
    CollectionOp(ctx, lambda s: codebook.delete(s, first)).run_now()
    qtbot.waitUntil(lambda: page.current_id() == second)
    assert page.error_label.text() == ""
