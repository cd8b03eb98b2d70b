"""Settings → Font size while the window is open: the rows of the tables already shown grow with the
text (and shrink back), instead of keeping the height of the font they were made with and cutting
their words at the top and bottom until Majlis is started again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView
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
def test_the_rows_of_the_tables_shown_follow_the_font_size(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    demo.generate(ctx.store, sessions=6, seed=3)
    ctx.language.set_language(lang)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 4, timeout=20_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None and page.view.quotes_model.rows != [], timeout=20_000)
        tables = [t for t in page.findChildren(QTableView) if t.model() is not None and t.model().rowCount() > 0]
        assert len(tables) >= 4  # the list, the status history, the quotes, the evidence
        small = {id(t): t.rowHeight(0) for t in tables}
        for size in (24.0, None):
            ctx.language.set_font_size(size)
            settle()
            for table in tables:
                line = table.fontMetrics().height()
                assert table.rowHeight(0) >= line, (size, table.accessibleName(), table.rowHeight(0), line)
                if size is None:  # back to the usual size: the usual rows
                    assert table.rowHeight(0) == small[id(table)], table.accessibleName()
    finally:
        ctx.language.set_font_size(None)
        ctx.language.set_language("en")
