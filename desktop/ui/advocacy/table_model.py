"""A read-only table over a list of rows the page loaded off the UI thread (one query per refresh).

The lists here are short (a campaign has tens of recommendations, hundreds of outreach records),
so a page keeps the rows an operation handed back and this model shows them; nothing is copied
into a QStandardItemModel.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.core import text_cut
from desktop.ui.widgets.text_direction import cells_follow_their_text

Index = QModelIndex | QPersistentModelIndex


def while_alive(owner: QObject, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``fn`` for a result arriving from the worker, skipped if ``owner`` was closed meanwhile."""

    def call(value: Any) -> Any:
        return fn(value) if shiboken6.isValid(owner) else None

    return call


class RowsModel(QAbstractTableModel):
    """Columns are (header, value-of-row) pairs; headers are functions so they follow the language."""

    def __init__(self, columns: Sequence[tuple[Callable[[], str], Callable[[Any], Any]]], parent: Any = None, *,
                 cut: Mapping[int, int] | None = None) -> None:
        """``cut``: column -> the most characters its cells show, ending in "…" (the tooltip whole)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.cut = dict(cut or {})

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
        if value is None:
            return None
        limit = self.cut.get(index.column()) if role == Qt.ItemDataRole.DisplayRole else None
        return text_cut.shortened(str(value), limit) if limit else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The tooltip says a heading whole where a narrow column cut it with an ellipsis.
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) \
                or orientation != Qt.Orientation.Horizontal:
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
    cells_follow_their_text(view)
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


def capped(widths: list[int], room: int) -> int:
    """The largest width ``cap`` such that the ``widths``, each cut to ``cap``, take at most ``room``."""
    ordered = sorted(widths)
    used = 0
    for i, w in enumerate(ordered):
        rest = len(ordered) - i
        if used + w * rest > room:
            return max(0, (room - used) // rest)
        used += w
    return ordered[-1] if ordered else room


class WidthFitter(QObject):
    """Keeps a table's columns within its width: column ``stretch`` (a quote's words) takes the room the
    others leave, and the others are as wide as their header and the words of the rows read so far; when
    together they would leave the stretching column less than ``keep`` of the width, the widest are cut to
    one width (an ellipsis; the tooltip gives the whole words) and the narrow ones stay whole, as the
    ``whole`` ones always do. Measured again when rows arrive or the words change (a language switch),
    and when the owner says the font or the size changed (:meth:`later`).

    The quotes table had four columns of 260 pixels: 1,040 in a table 630 to 660 wide beside the list of
    recommendations on a 1366x768 screen, so its last column, the session, was behind a horizontal scroll
    bar (at its far left in Arabic and Kurdish). Only the first rows read are measured (``MEASURED``).

    Hidden columns take no room. The table's width is watched through its stretching column (the header
    resizes it when the viewport's width changes: a splitter moved, a language whose fields need more
    room beside it): a change of width fits again, a person widening a column by hand does not."""

    PAD = 16  # a cell's margins and the header's sort indicator room
    MEASURED = 200  # rows measured at most: a page read later does not measure thousands again

    def __init__(self, view: QTableView, *, stretch: int = 0, keep: float = 0.35,
                 whole: tuple[int, ...] = (), least: int = 0) -> None:
        super().__init__(view)
        self.view, self.stretch, self.keep, self.whole, self.least = view, stretch, keep, whole, least
        self._room = -1  # the viewport's width at the last fit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading cut short ends in "…" (whole in its tooltip)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.headerDataChanged,
                       model.layoutChanged):
            signal.connect(self.later)
        header.sectionResized.connect(self._resized)
        self.fit()

    def later(self, *_args: Any) -> None:
        """Fit in the next turn (the owner calls it on a resize or a font change too: no event filter
        of ours on the table, which a widget being destroyed would call into)."""
        self._timer.start()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column == self.stretch and shiboken6.isValid(self.view) and self.view.viewport().width() != self._room:
            self.later()

    def wanted(self, column: int) -> int:
        """The width column ``column``'s header and the rows read so far ask for."""
        model, view = self.view.model(), self.view
        header_font = view.horizontalHeader().fontMetrics()
        words = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        widest = header_font.horizontalAdvance(str(words or "")) + self.PAD
        cells = view.fontMetrics()
        for row in range(min(model.rowCount(), self.MEASURED)):
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if value:
                widest = max(widest, cells.horizontalAdvance(str(value)) + self.PAD)
        return widest

    def fit(self) -> None:
        if not shiboken6.isValid(self.view):
            return
        header, model = self.view.horizontalHeader(), self.view.model()
        columns = [c for c in range(model.columnCount()) if c != self.stretch and not header.isSectionHidden(c)]
        if not model.columnCount():
            return
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        room = self._room = self.view.viewport().width()
        wanted = {c: self.wanted(c) for c in columns}
        least = 3 * self.view.fontMetrics().height()  # a few letters and the ellipsis
        # A narrow column (a number) as narrow as its words: the header's own least (about 66 pixels) made
        # a column of "No." and one digit three times as wide as it needs.
        header.setMinimumSectionSize(min([least, header.minimumSectionSize(), *wanted.values()]))
        left = max(0, int(room * (1 - self.keep)))  # what the other columns may take together
        total = sum(wanted.values())
        if total > left:  # the widest cut first, to one width; the ``whole`` ones (a speaker's code) kept
            kept = sum(w for c, w in wanted.items() if c in self.whole)
            cap = capped([w for c, w in wanted.items() if c not in self.whole], max(0, left - kept))
            wanted = {c: w if c in self.whole else max(least, min(w, cap)) for c, w in wanted.items()}
        for c, w in wanted.items():
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, w)
        if self.least:
            self._least_width({c: w if c in self.whole else least for c, w in wanted.items()})

    def _least_width(self, others: dict[int, int]) -> None:
        """The table no narrower than its ``whole`` columns, the others' least and ``least`` average
        letters of the stretching column (its words wrapped on to more lines below that: a title in a
        column of 87 pixels took five lines a word or two long, and the list showed one row)."""
        view = self.view
        width = (sum(others.values()) + self.least * view.fontMetrics().averageCharWidth() + self.PAD
                 + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth())
        if view.minimumWidth() != width:
            view.setMinimumWidth(width)
