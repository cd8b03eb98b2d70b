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
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

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


class PagedRowsModel(RowsModel):
    """Rows shown a page at a time: the first page comes with the view's data, the next ones are read
    on the DB worker when the table scrolls near the end (Qt's ``canFetchMore``/``fetchMore``).

    ``read_more(offset, deliver)`` starts reading the rows from ``offset`` and calls ``deliver`` with
    them on the UI thread. A read that arrives after the rows were replaced is dropped.
    """

    def __init__(self, columns: Sequence[tuple[Callable[[], str], Callable[[Any], Any]]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.total = 0
        self._read_more: Callable[[int, Callable[[list[Any]], None]], None] | None = None
        self._reading = False
        self._generation = 0

    def set_page(self, rows: Sequence[Any], total: int,
                 read_more: Callable[[int, Callable[[list[Any]], None]], None] | None) -> None:
        self._generation += 1
        self._reading = False
        self.total, self._read_more = max(total, len(rows)), read_more
        super().set_rows(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.set_page(rows, len(rows), None)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._read_more is not None and not self._reading
                and len(self.rows) < self.total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._read_more is None:
            return
        self._reading = True
        generation = self._generation

        def deliver(more: list[Any]) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            self._reading = False
            if not more:  # fewer than counted (consent changed meanwhile): nothing more to ask
                self.total = len(self.rows)
                return
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

        self._read_more(len(self.rows), deliver)


def make_table(parent: QWidget, model: RowsModel, *, fit: bool = True) -> QTableView:
    """A read-only table; ``fit=False`` for tables that may hold thousands of rows (fitting columns to
    their contents measures every row)."""
    view = QTableView(parent)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        view.setWordWrap(False)
        header.setDefaultSectionSize(260)
    header.setStretchLastSection(True)
    return view
