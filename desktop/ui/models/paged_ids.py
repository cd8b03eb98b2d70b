"""A table that keeps only the ids of the matching rows and reads the rows themselves as they are shown.

Anki's browser ``DataModel`` in small: one query (with its ORDER BY in SQL) gives the ids, and
``data()`` reads the chunk of rows around the one Qt asks for, keeping the last few chunks in a
cache, so 12,000 sessions cost one id query and a handful of chunk reads for what is on screen.
Subclasses say which columns there are, how to find the ids, how to read a chunk and how to show a
cell; the paging, the cache and the Qt plumbing are here once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy.orm import Session as OrmSession

from desktop.ui.context import AppContext
from desktop.ui.operations import QueryOp, read_now
from desktop.ui.widgets.busy import BusyState

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole


class PagedIdModel(QAbstractTableModel):
    chunk_size = 200
    max_chunks = 8

    def __init__(self, ctx: AppContext, columns: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = tuple(columns)
        self.ids: list[str] = []
        self._chunks: OrderedDict[int, Mapping[str, Any]] = OrderedDict()
        self.rows_loaded = 0  # how many rows were ever read (tests check paging)
        self._generation = 0  # counts the reads made on the UI thread

    # --- what a subclass says -------------------------------------------------------------------
    def query_ids(self, s: OrmSession) -> list[str]:
        raise NotImplementedError

    def load_chunk(self, s: OrmSession, ids: list[str]) -> Mapping[str, Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: str, role: int) -> Any:
        """What to show for one cell of a loaded row in one role (None: nothing)."""
        raise NotImplementedError

    def title(self, column: str) -> str:
        raise NotImplementedError

    # --- ids and rows ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the ids now, on this thread (tests, and models too small to matter)."""
        self._generation += 1  # a read still on its way from the worker is older: it is dropped
        self.set_ids(read_now(self.ctx, self.query_ids))

    def reload_in_background(self, busy: BusyState | None = None,
                             then: Callable[[], object] | None = None, first_rows: int = 200) -> None:
        """Read the ids and the rows of the first screen on the DB worker; the view keeps painting.

        A campaign-sized table takes a second or more to search and read on a busy laptop; the page
        shows at once (busy after 300 ms) and fills when the worker is done. Reloads run in the
        order asked, so the last filter typed is the one that stays.
        """
        query_ids, load_chunk, size = self.query_ids, self.load_chunk, self.chunk_size
        generation = self._generation

        def work(s: OrmSession) -> tuple[list[str], dict[int, Mapping[str, Any]]]:
            ids = query_ids(s)
            chunks = {}
            for number in range(-(-min(len(ids), first_rows) // size)):  # the chunks of the first rows
                chunks[number] = load_chunk(s, ids[number * size : (number + 1) * size])
            return ids, chunks

        def show(found: tuple[list[str], dict[int, Mapping[str, Any]]]) -> None:
            if not shiboken6.isValid(self) or self._generation != generation:  # closed, or read again since
                return
            ids, chunks = found
            self.set_ids(ids, chunks)
            if then is not None:
                then()

        QueryOp(self.ctx, work, show).with_busy(busy).run_in_background()

    def set_ids(self, ids: list[str], chunks: Mapping[int, Mapping[str, Any]] | None = None) -> None:
        """New ids (and, when read with them, the first chunks of rows), before the views look."""
        self.beginResetModel()
        self.ids = ids
        self._chunks.clear()
        for number, chunk in (chunks or {}).items():
            self._chunks[number] = chunk
            self.rows_loaded += len(chunk)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The loaded row shown at ``row`` (reading its chunk if needed), or None."""
        if not 0 <= row < len(self.ids):
            return None
        number = row // self.chunk_size
        chunk = self._chunks.get(number)
        if chunk is None:
            ids = self.ids[number * self.chunk_size : (number + 1) * self.chunk_size]
            chunk = read_now(self.ctx, lambda s: self.load_chunk(s, ids))
            self.rows_loaded += len(chunk)
            self._chunks[number] = chunk
            while len(self._chunks) > self.max_chunks:  # long scrolls: memory stays flat
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(number)
        return chunk.get(self.ids[row])

    def id_at(self, row: int) -> str:
        return self.ids[row]

    def row_of(self, row_id: str) -> int:
        try:
            return self.ids.index(row_id)
        except ValueError:
            return -1

    def cached_rows(self) -> int:
        return sum(len(c) for c in self._chunks.values())

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == IdRole:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None  # read no chunk for the many roles a view asks about and we do not show
        row = self.row_at(index.row())
        return None if row is None else self.cell(row, self.columns[index.column()], role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.title(self.columns[section]) if 0 <= section < len(self.columns) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Titles and labels follow the language: repaint everything (ids and order stay)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1))
