"""A long table's rows as tall as their words, each sized when it comes into sight.

``QTableView.resizeRowsToContents`` lays out every cell of every row on the UI thread: for the Reports
page's 10,000 segments of one code (word-wrapped quotes and memos) the window stood still for six
seconds after the list arrived, and for twice as long at 20,000. Rows in the viewport are what a person
reads; the others are sized when scrolling brings them there (or the view grows, or its columns or
font change).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView


class RowsInSight(QObject):
    """Sizes ``view``'s rows to their contents as they come into sight; :meth:`refit` after new rows."""

    def __init__(self, view: QTableView, tallest: float | None = None) -> None:
        """``tallest``: the share of the view's height a row may take at most (None: any height). A row
        as tall as a whole long turn was taller than the view: its other cells, drawn at its middle,
        were out of sight, and scrolling went from row to row past it. Its words are cut, not lost:
        the cell's tooltip holds them."""
        super().__init__(view)
        self._view = view
        self._tallest = tallest
        self._viewport_height = -1
        self._sized: set[int] = set()
        self._fitting = False
        self._at_bottom = False  # the last fit began at the end of the list (End, Ctrl+End, a drag down)
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.fit)
        bar.rangeChanged.connect(self._range_changed)
        # Wrapped words take other heights. Queued: a window made narrower resizes the columns one by one,
        # and rows sized at the first signal kept the heights of a width the text no longer had (cut).
        # Once for all the columns, when the events of the moment are done.
        self._refit_soon = QTimer(self)
        self._refit_soon.setSingleShot(True)
        self._refit_soon.setInterval(0)
        self._refit_soon.timeout.connect(self.refit)
        view.horizontalHeader().sectionResized.connect(self._refit_soon.start)
        # Kept, not asked of the view in eventFilter: a view being destroyed still sends its viewport's
        # last events, and asking it for its viewport then crashed the application.
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)

    def refit(self) -> None:
        """The rows are new (or their cells' widths or font changed): size those in sight again."""
        self._sized.clear()
        self.fit()

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            view = self._view
            rows = view.model().rowCount() if view.model() is not None else 0
            bar, height = view.verticalScrollBar(), self._viewport.height()
            self._at_bottom = 0 < bar.maximum() == bar.value()
            # Counted in rows' heights, not their places on screen: Qt lays the rows out again only
            # later, and until then the places of the rows below a resized one are those of before.
            self._size(range(max(0, view.rowAt(0)), rows), height)
            if self._at_bottom:  # the last page shows the last rows, however tall the ones before
                self._size(range(rows - 1, -1, -1), height)
        finally:
            self._fitting = False

    def _size(self, order: range, height: int) -> None:
        """Size the rows of ``order`` in turn until they fill ``height`` (and one more: a row cut in half
        at the edge is read too)."""
        total = 0
        for row in order:
            if row not in self._sized:
                self._sized.add(row)
                self._view.resizeRowToContents(row)
                if self._tallest is not None:
                    lines = 3 * self._view.fontMetrics().lineSpacing()
                    most = max(int(height * self._tallest), lines)
                    if self._view.rowHeight(row) > most:
                        self._view.setRowHeight(row, most)
            if total >= height:
                return
            total += self._view.rowHeight(row)

    def _range_changed(self, _low: int, high: int) -> None:
        """Rows sized at the end of the list make it longer (later, when Qt lays the rows out again):
        a list scrolled to its end stays there, its last rows sized in turn, so End shows the last row."""
        bar = self._view.verticalScrollBar()
        if self._at_bottom and bar.value() != high:
            bar.setValue(high)  # fit() follows (valueChanged)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            taller_or_shorter = self._viewport.height() != self._viewport_height
            self._viewport_height = self._viewport.height()
            if self._tallest is not None and taller_or_shorter:
                self.refit()  # the most a row may take changed with the view's height
            else:
                self.fit()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and watched is self._view:
            self.refit()
        return False
