"""A read-only table over a list of rows the page loaded off the UI thread (one query per refresh).

The lists here are short (a campaign has tens of recommendations, hundreds of outreach records),
so a page keeps the rows an operation handed back and this model shows them; nothing is copied
into a QStandardItemModel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


def while_alive(owner: QObject, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``fn`` for a result arriving from the worker, skipped if ``owner`` was closed meanwhile."""

    def call(value: Any) -> Any:
        return fn(value) if shiboken6.isValid(owner) else None

    return call


class RowsModel(QAbstractTableModel):
    """Columns are (header, value-of-row) pairs; headers are functions so they follow the language."""

    def __init__(self, columns: Sequence[tuple[Callable[[], str], Callable[[Any], Any]]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> Any | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        return None if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.columns[section][0]() if 0 <= section < len(self.columns) else None

    def retranslate(self) -> None:
        """Headers and cells say their words again in the new language (values are looked up at display)."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
