"""A recommendation's texts at a larger text size (Settings → Font size): each text box still shows
whole lines of the recommendation, not a line cut through the middle behind a scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.recommendations_page import recommendations_demo_store, recommendations_page, settle

THREE_LINES = "أن يُعتمد\nلمنع التزوير.\nVoting only."  # short: no line wraps at 24 points

store = recommendations_demo_store()  # the demo the page shows, a copy per test


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_text_boxes_show_three_whole_lines_at_every_size(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with recommendations_page(ctx, qtbot, lang, demo_in_store=True) as page:
        for size in (None, 16.0, 20.0, 24.0):
            ctx.language.set_font_size(size)
            settle(5)
            for key in ("text_ar", "text_ckb", "text_en"):
                box = page.view.fields[key]
                box.setPlainText(THREE_LINES)
                settle(5)
                line = box.fontMetrics().lineSpacing()
                assert box.viewport().height() >= 3 * line, (size, key, box.viewport().height(), line)
                # The three lines fit: nothing to scroll to.
                assert box.verticalScrollBar().maximum() == 0, (size, key, box.verticalScrollBar().maximum())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_title_longer_than_its_box_shows_its_start(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    """24 points in a window not maximised: a title does not fit its box, and its last words showed,
    cut before them (the start of an Arabic title lost on the right, of an English one on the left)."""
    with recommendations_page(ctx, qtbot, lang, demo_in_store=True) as page:
        ctx.language.set_font_size(24.0)
        page.resize(1100, 700)
        settle(10)  # the first recommendation, whose titles are the longest of the demo's
        for key in ("title_ar", "title_ckb", "title_en"):
            edit = page.view.fields[key]
            assert isinstance(edit, QLineEdit)
            text = edit.text()
            assert edit.fontMetrics().horizontalAdvance(text) > edit.contentsRect().width(), key  # does not fit
            assert edit.cursorPosition() == 0, (key, edit.cursorPosition(), len(text))
