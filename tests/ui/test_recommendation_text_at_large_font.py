"""A recommendation's texts at a larger text size (Settings → Font size): each text box still shows
whole lines of the recommendation, not a line cut through the middle behind a scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext

THREE_LINES = "أن يُعتمد\nلمنع التزوير.\nVoting only."  # short: no line wraps at 24 points


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_text_boxes_show_three_whole_lines_at_every_size(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    demo.generate(ctx.store, sessions=6, seed=3)
    ctx.language.set_language(lang)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 4, timeout=20_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None, timeout=20_000)
        for size in (None, 16.0, 20.0, 24.0):
            ctx.language.set_font_size(size)
            settle()
            for key in ("text_ar", "text_ckb", "text_en"):
                box = page.view.fields[key]
                box.setPlainText(THREE_LINES)
                settle()
                line = box.fontMetrics().lineSpacing()
                assert box.viewport().height() >= 3 * line, (size, key, box.viewport().height(), line)
                # The three lines fit: nothing to scroll to.
                assert box.verticalScrollBar().maximum() == 0, (size, key, box.verticalScrollBar().maximum())
    finally:
        ctx.language.set_font_size(None)
        ctx.language.set_language("en")
