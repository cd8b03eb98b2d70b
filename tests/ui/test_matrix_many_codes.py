"""The Reports matrix of a centre's codebook (the codes of many laptops: 280 by 16 governorates at a
centre that merged 20) is built, and switched to percentages, without laying out every cell.

Building it had Qt fit every column to every cell (the delegate laying out 5,000 of them), each cell of a
column in percentages summed the whole column again (280 x 280 x 16 lookups), and every number was
formatted by Babel from scratch: the window stood still 0.9-1.4 s at each build, 0.7-1.6 s when
percentages were ticked, 1.0-1.5 s at a switch of language. Now a large matrix's columns are measured from
their longest texts (as the Sync page's devices table is), the column totals are summed once per build,
and counts and shares once formatted are remembered. The test counts cells laid out and cells read
(behaviour, not a timing), and checks that no number or code name is cut."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import analysis, demo
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from tests.cell_counting import CountingDelegate


@pytest.fixture
def tab(ctx: AppContext, store: Store, qtbot: QtBot) -> Iterator[Any]:
    for seed in range(1, 6):  # five codebooks side by side, as at a centre of laptops with their own codes
        demo.generate(store, sessions=3, seed=seed, advocacy=False)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    page.tabs.setCurrentWidget(page.matrix)
    matrix = page.matrix
    matrix.attribute.setCurrentIndex(matrix.attribute.findData("governorate"))
    yield matrix


def _built(tab: Any, qtbot: QtBot) -> None:
    loads = tab.model.rowCount()
    tab.run()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and tab.model.rowCount() != loads, timeout=20_000)


def test_a_large_matrix_is_not_laid_out_cell_by_cell(tab: Any, qtbot: QtBot, monkeypatch: Any) -> None:
    delegate = CountingDelegate()
    tab.table.setItemDelegate(delegate)
    _built(tab, qtbot)
    model = tab.model
    rows, columns = model.rowCount(), model.columnCount()
    assert rows > 60, rows  # the codes of five codebooks, and the totals row
    cells = rows * columns
    # Without the fix every cell was laid out to fit the columns (rows x columns at least).
    assert delegate.asked < cells // 2, (delegate.asked, cells)

    # Percentages: each cell reads its own count and its column's total, summed once, not again per cell.
    read: list[object] = []
    real = analysis.Matrix.cell

    def counted(self: analysis.Matrix, code_id: str, value: str) -> Any:
        read.append(code_id)
        return real(self, code_id, value)

    monkeypatch.setattr(analysis.Matrix, "cell", counted)
    tab.percent.setChecked(True)
    assert read and len(read) < 10 * cells, (len(read), cells)  # without the fix: codes x cells (> 60 x cells)

    # Nothing cut: each column at least as wide as its header and its widest text, the totals too.
    metrics, header = tab.table.fontMetrics(), tab.table.horizontalHeader()
    for column in range(columns - 1):  # the last stretches over what is left
        texts = [str(model.index(row, column).data()) for row in range(rows)]
        words = str(model.headerData(column, header.orientation()))
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        assert header.sectionSize(column) >= max(widest, header.fontMetrics().horizontalAdvance(words)), column


def test_a_small_matrix_is_still_fitted_cell_by_cell(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    demo.generate(store, sessions=3, seed=1, advocacy=False)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tab = page.matrix
    delegate = CountingDelegate()
    tab.table.setItemDelegate(delegate)
    _built(tab, qtbot)
    assert tab.model.rowCount() <= 40
    assert delegate.asked >= tab.model.rowCount() * (tab.model.columnCount() - 1)
