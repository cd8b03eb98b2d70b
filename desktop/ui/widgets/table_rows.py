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
