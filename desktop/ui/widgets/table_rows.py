"""A table that always shows some whole rows: its smallest height counted from what stands in it.

"Three rows' height" set as three times a row's height left the Consent page's forms table showing one
row and a half: its header and its horizontal scroll bar stand in that height too. Worked out again
when the table's font changes (Settings → Font size), which resizes its rows and header.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class RowsShown(QObject):
    """Keeps ``view`` at least tall enough for its header, ``rows`` rows and a horizontal scroll bar."""

    def __init__(self, view: QTableView, rows: int) -> None:
        super().__init__(view)
        self._view, self._rows = view, rows
        self.apply()
        view.installEventFilter(self)

    def height(self) -> int:
        view = self._view
        header = view.horizontalHeader()
        header_height = 0 if header.isHidden() else header.sizeHint().height()
        return (header_height + self._rows * view.verticalHeader().defaultSectionSize()
                + view.horizontalScrollBar().sizeHint().height() + 2 * view.frameWidth())

    def apply(self) -> None:
        self._view.setMinimumHeight(self.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.apply()
        return False


def keep_rows_shown(view: QTableView, rows: int) -> RowsShown:
    """``view`` never shorter than its header, ``rows`` whole rows and a scroll bar (see ``RowsShown``)."""
    return RowsShown(view, rows)


class FirstColumnShown(QObject):
    """Keeps ``view`` at least as wide as its first column (as its contents size it), a vertical scroll
    bar and its frame: beside a form, the Outreach list was a sliver of 170 pixels at 24 points, its
    dates cut in the middle ("23 Februar"); as wide as a date at least, it goes above the form instead."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.installEventFilter(self)
        self.apply()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column == self._first():
            self.apply()

    def _first(self) -> int:
        header = self._view.horizontalHeader()
        return next((header.logicalIndex(v) for v in range(header.count())
                     if not header.isSectionHidden(header.logicalIndex(v))), -1)

    def apply(self) -> None:
        view, first = self._view, self._first()
        column = view.horizontalHeader().sectionSize(first) if first >= 0 else 0
        width = column + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()
        if view.minimumWidth() != width:
            view.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.apply()
        return False


def keep_first_column_shown(view: QTableView) -> FirstColumnShown:
    """``view`` never narrower than its first column (see ``FirstColumnShown``)."""
    return FirstColumnShown(view)
