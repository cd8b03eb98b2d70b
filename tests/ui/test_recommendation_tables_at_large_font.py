"""A recommendation's status history and evidence at a larger text size: whole rows of them show, as at
the usual size, not a row and a half behind a scroll bar in a box of fixed pixels."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.recommendations_page import recommendations_demo_store, recommendations_page, settle

store = recommendations_demo_store()  # the demo the page shows, a copy per test


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_history_and_the_evidence_show_whole_rows_at_every_size(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with recommendations_page(ctx, qtbot, lang, demo_in_store=True) as page:
        view = page.view
        qtbot.waitUntil(lambda: len(view.history_model.rows) >= 4 and len(view.links_model.rows) >= 3,
                        timeout=20_000)
        for size in (None, 16.0, 24.0):
            ctx.language.set_font_size(size)
            settle()
            for table, rows in ((view.history, 4), (view.links, 3)):
                shown = table.viewport().height()
                assert shown >= rows * table.rowHeight(0), (size, table.accessibleName(), shown, table.rowHeight(0))
