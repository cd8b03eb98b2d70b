"""Fitting a table's columns to their texts without laying out every cell.

``QTableView.resizeColumnsToContents`` asks the delegate for the size of every cell: for a few rows
that is right, for hundreds (the Sync page's devices at a centre, a matrix of 280 codes) it held the
UI thread a tenth of a second to most of a second at each fitting. Past ``FIT_EVERY_CELL`` rows each
column is measured from its longest texts (by characters) and its first rows, with the table's font.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QTableView

FIT_EVERY_CELL = 40
SAMPLED = 8  # the longest texts of a column (by characters) measured, and its first rows


def fit_columns_to_texts(view: QTableView, model: QAbstractItemModel) -> None:
    """Each column of ``view`` as wide as its header and its widest text in ``model`` (the view's model or
    the model under its sorting proxy: the same texts, the first rows in the model's order)."""
    rows = model.rowCount()
    if rows <= FIT_EVERY_CELL:
        view.resizeColumnsToContents()
        return
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    padding = metrics.horizontalAdvance("MM")
    for column in range(model.columnCount()):
        texts = [str(model.index(row, column).data() or "") for row in range(rows)]
        sample = sorted(texts, key=len, reverse=True)[:SAMPLED] + texts[:SAMPLED]
        widest = max(metrics.horizontalAdvance(text) for text in sample) + padding
        view.setColumnWidth(column, max(widest, header.sectionSizeHint(column)))
