"""The sessions table model: keeps only the ids of the matching sessions and loads rows lazily.

Like Anki's browser model: the search (with ORDER BY in SQL) returns ids, and ``data()`` loads
the chunk of rows around the one asked for, keeping a small cache. 12,000 sessions cost one id
query and a handful of 200-row reads for what is on screen.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core import sessions as svc
from desktop.ui.context import AppContext
from desktop.ui.sessions import labels

CHUNK = 200
MAX_CHUNKS = 8
Index = QModelIndex | QPersistentModelIndex


class SessionListModel(QAbstractTableModel):
    COLUMNS = svc.LIST_COLUMNS

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = svc.SessionFilter()
        self.sort_column = "date"
        self.descending = True
        self._ids: list[str] = []
        self._chunks: OrderedDict[int, dict[str, dict[str, Any]]] = OrderedDict()
        self.rows_loaded = 0  # how many rows were ever read (tests check paging)

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        with self.ctx.store.session() as s:
            self._ids = svc.list_ids(
                s,
                self.filter,
                sort=self.sort_column,
                descending=self.descending,
                governorate_names=labels.governorate_names(self.ctx.language.language),
            )
        self._chunks.clear()
        self.endResetModel()

    def set_filter(self, flt: svc.SessionFilter) -> None:
        self.filter = flt
        self.reload()

    def _row(self, row: int) -> dict[str, Any]:
        number = row // CHUNK
        chunk = self._chunks.get(number)
        if chunk is None:
            ids = self._ids[number * CHUNK : (number + 1) * CHUNK]
            with self.ctx.store.session() as s:
                chunk = svc.load_list_rows(s, ids)
            self.rows_loaded += len(chunk)
            self._chunks[number] = chunk
            while len(self._chunks) > MAX_CHUNKS:
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(number)
        return chunk.get(self._ids[row], {})

    def session_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, session_id: str) -> int:
        try:
            return self._ids.index(session_id)
        except ValueError:
            return -1

    def cached_rows(self) -> int:
        return sum(len(c) for c in self._chunks.values())

    # --- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(column, self._row(index.row()).get(column))
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def _display(self, column: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        lang = self.ctx.language
        if column == "date" and isinstance(value, dt.date):
            return lang.format_date(value)
        if column == "kind":
            return labels.kind(value)
        if column == "status":
            return labels.status(value)
        if column == "governorate":
            return labels.governorate(value, lang.language)
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.ctx.language.format_number(section + 1)
        if not 0 <= section < len(self.COLUMNS):
            return None
        names = {
            "date": self.tr("Date"),
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "governorate": self.tr("Governorate"),
            "venue": self.tr("Venue"),
            "status": self.tr("Status"),
        }
        return names[self.COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.sort_column = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def retranslate(self) -> None:
        """Labels depend on the language: repaint everything (ids and order stay)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))
