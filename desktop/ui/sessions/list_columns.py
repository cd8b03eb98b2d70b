"""The Sessions list's columns: the date, kind, governorate, venue and status as wide as what they show
(the venue at most ``VENUE_WIDTH``), the title taking the rest, and all of them within the list's width.

At 20 points in a 1180-pixel window the fitted columns (and Qt's least column, some 170 pixels at that
size with the fonts the Arabic and Kurdish texts fall back to) asked more than the list is wide: the title
shrank to that least and a horizontal scroll bar stood under the list. Now the least column is three
letters wide, the title keeps a share of the width (a quarter, or less when its longest title needs
less), and where the other columns do not fit beside it they are narrowed alike, their texts elided
with the whole in each cell's tooltip (the model gives it, and the header's). Read again when the list
is resized (the window narrowed, a scroll bar come or gone)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

VENUE_WIDTH = 180
TITLE = 1
FITTED = (0, 2, 3, 4, 5)  # date, kind, governorate, venue, status
VENUE = 4
TITLE_SHARE = 4  # the title keeps at least a quarter of the list's width (or what its longest needs)


class ListColumns(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._wanted: dict[int, int] = {}  # each column with its header whole (or as a person widened it)
        self._cells: dict[int, int] = {}  # each column's cells whole
        self._sharing = False
        # A header narrower than its words ends in "…" (its tooltip whole), not cut at both sides ("vernora").
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized_by_hand)

    def fit(self) -> None:
        """Each column as wide as what it shows (its header's words where there is room), then all within
        the width."""
        view, header = self.view, self.view.horizontalHeader()
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("MMM"))
        least = header.minimumSectionSize()
        self._cells = {c: max(least, view.sizeHintForColumn(c)) for c in FITTED}
        self._cells[VENUE] = min(self._cells[VENUE], VENUE_WIDTH)
        self._wanted = {c: max(width, min(header.sectionSizeHint(c), VENUE_WIDTH if c == VENUE else width * 3))
                        for c, width in self._cells.items()}
        self.share()

    def share(self) -> None:
        """The fitted columns as wanted where they fit beside the title's share; else their cells whole and
        the room left to their headers; else narrowed alike (elided, whole in their tooltips)."""
        room = self.view.viewport().width()
        if not self._wanted or room <= 0:
            return
        header = self.view.horizontalHeader()
        least = header.minimumSectionSize()
        title = min(room // TITLE_SHARE, max(self.view.sizeHintForColumn(TITLE), header.sectionSizeHint(TITLE)))
        budget = max(room - max(title, least), least * len(FITTED))
        wanted, cells = sum(self._wanted.values()), sum(self._cells.values())
        if wanted <= budget:
            widths = dict(self._wanted)
        elif cells <= budget:  # the headers' extra shared out
            spare = (budget - cells) / max(1, wanted - cells)
            widths = {c: w + int((self._wanted[c] - w) * spare) for c, w in self._cells.items()}
        else:  # narrowed alike, none below the least (those at it leave the others less)
            floor = {c for c, w in self._cells.items() if w * budget / cells <= least}
            rest = sum(w for c, w in self._cells.items() if c not in floor) or 1
            scale = max(0.0, budget - least * len(floor)) / rest
            widths = {c: least if c in floor else max(least, int(w * scale)) for c, w in self._cells.items()}
        self._sharing = True
        try:
            for column, width in widths.items():
                self.view.setColumnWidth(column, width)
        finally:
            self._sharing = False

    def _resized_by_hand(self, column: int, _old: int, new: int) -> None:
        if not self._sharing and column in self._wanted:
            self._wanted[column] = self._cells[column] = new  # a column a person widened stays so

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._sharing:
            self.share()
        return False
