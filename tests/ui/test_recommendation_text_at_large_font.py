"""A recommendation's texts at a larger text size (Settings → Font size): each text box still shows
whole lines of the recommendation, not a line cut through the middle behind a scroll bar."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.recommendations_page import recommendations_page, settle

THREE_LINES = "أن يُعتمد\nلمنع التزوير.\nVoting only."  # short: no line wraps at 24 points


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_text_boxes_show_three_whole_lines_at_every_size(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with recommendations_page(ctx, qtbot, lang) as page:
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
