"""Settings → Font size while the window is open: the rows of the tables already shown grow with the
text (and shrink back), instead of keeping the height of the font they were made with and cutting
their words at the top and bottom until Majlis is started again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.recommendations_page import recommendations_demo_store, recommendations_page, settle

store = recommendations_demo_store()  # the demo the page shows, a copy per test


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_rows_of_the_tables_shown_follow_the_font_size(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with recommendations_page(ctx, qtbot, lang, demo_in_store=True) as page:
        qtbot.waitUntil(lambda: page.view.quotes_model.rows != [], timeout=20_000)
        def tables() -> list[QTableView]:
            # Found again after each change: a table the page makes anew (a reload) is as good as one kept.
            return [t for t in page.findChildren(QTableView) if t.model() is not None and t.model().rowCount() > 0]

        assert len(tables()) >= 4  # the list, the status history, the quotes, the evidence
        small = {t.accessibleName(): t.rowHeight(0) for t in tables()}
        for size in (24.0, None):
            ctx.language.set_font_size(size)
            settle()
            shown = tables()
            assert len(shown) >= 4
            for table in shown:
                line = table.fontMetrics().height()
                assert table.rowHeight(0) >= line, (size, table.accessibleName(), table.rowHeight(0), line)
                if size is None and table.accessibleName() in small:  # back to the usual size: the usual rows
                    assert table.rowHeight(0) == small[table.accessibleName()], table.accessibleName()
