"""New code (or New sub-code) pressed on the Codebook page while the panel held typing not saved made
the new code first and asked after (on showing it): Cancel left a stray "New code" behind. It now asks
first: Cancel makes nothing, Save stores the typing then makes the code, Discard makes it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.codebook_page_helpers import DEFINITION, answer_questions, live_definitions, page_with_typing

Button = QMessageBox.StandardButton


@pytest.mark.parametrize("sub", [False, True])
def test_new_code_cancelled_makes_nothing(sub: bool, ctx: AppContext, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, _second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, Button.Cancel, Button.Cancel)
    (page.sub_btn if sub else page.new_btn).click()
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert len(live_definitions(ctx)) == 2  # no stray "New code"
    assert page.current_id() == first and page.texts["definition"].toPlainText() == DEFINITION


def test_new_code_after_save_stores_the_typing_first(ctx: AppContext, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, _second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, Button.Save)
    page.new_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() not in (None, first) and "New code" in {e.text() for e in page.names.values()})
    assert len(asked) == 1
    codes = live_definitions(ctx)
    assert len(codes) == 3 and codes[first] == DEFINITION
    assert page.texts["definition"].toPlainText() == ""


def test_new_code_after_discard_stores_nothing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, _second = page_with_typing(ctx, qtbot)
    asked = answer_questions(monkeypatch, Button.Discard)
    page.new_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.current_id() not in (None, first) and "New code" in {e.text() for e in page.names.values()})
    assert len(asked) == 1
    codes = live_definitions(ctx)
    assert len(codes) == 3 and codes[first] == ""
