"""Selecting a table's row from code, in either direction.

``QTableView.selectRow`` does nothing in a right-to-left table (PySide6 6.11/6.12: it looks for the
column at the viewport's right edge, one pixel past the last one, and finds none), so in Arabic and
Kurdish a list that reselected its row after a reload lost the selection instead. This sets the
current index and selects its whole row, which works the same both ways.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> None:
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
    view.scrollTo(model.index(row, 0))
