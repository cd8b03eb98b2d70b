"""A recommendation's status history and evidence at a larger text size: whole rows of them show, as at
the usual size, not a row and a half behind a scroll bar in a box of fixed pixels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(10):
        app.processEvents()


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_history_and_the_evidence_show_whole_rows_at_every_size(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    demo.generate(ctx.store, sessions=6, seed=3)
    ctx.language.set_language(lang)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 4, timeout=20_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        view = page.view
        qtbot.waitUntil(lambda: view.current is not None and len(view.history_model.rows) >= 4
                        and len(view.links_model.rows) >= 3, timeout=20_000)
        for size in (None, 16.0, 24.0):
            ctx.language.set_font_size(size)
            settle()
            for table, rows in ((view.history, 4), (view.links, 3)):
                shown = table.viewport().height()
                assert shown >= rows * table.rowHeight(0), (size, table.accessibleName(), shown, table.rowHeight(0))
    finally:
        ctx.language.set_font_size(None)
        ctx.language.set_language("en")
