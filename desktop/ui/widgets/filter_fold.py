"""A page's search, filter lists and count behind a "Filters" button where it is short (the Sessions
and Participants pages).

At 20 points on a laptop screen (895 × 424) the buttons, the search, the three lists and the dates took
357 of the page frame's 322 pixels, and not one session was in sight without scrolling (rows are 50
pixels tall there: folding the lists and dates alone left one or two rows). Where the frame is too
short for them and three rows of the table, they fold away behind a checkable button beside the
new-session buttons that says how many filters (the search among them) are on, so a hidden filter is
never a surprise; a press on it (Space or a click) shows them. Where there is room the button is hidden
and nothing folds. On the Participants page the search, the governorate and the count took two lines
above the list and Withdraw consent… one below it, and one participant was in sight: they fold the same
way, the button beside Withdraw consent….

Opened where the page is short, the parts would push the table out of sight again (the Sessions page at
20 points: 300 to 500 pixels of filters in a 322-pixel frame, not one session in sight). Where they stand
in a FilterArea, that area is made short enough to leave the table ROWS rows, or at least OPEN_ROWS
beside ``lines`` lines of filters (two on the Sessions page, whose first holds the search and a list or
two; one on the Participants page, whose first is the search), and the filters scroll within it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QTableView, QWidget

from desktop.ui.widgets.filter_area import FilterArea

ROWS = 3  # rows of the table in sight, at least, before the filters fold
OPEN_ROWS = 1  # rows in sight, at least, with the folded filters opened (in a FilterArea)


class FilterFold(QObject):
    """Watches ``page``'s size; folds ``parts`` behind ``button`` when the page's frame is too short.

    ``above``: the widgets that always stand above or below the table (buttons, search); ``on``: how many
    filters are on now. The decision reads size hints only, never what is shown, so showing or hiding
    the parts cannot turn it back and forth. ``words``: the button's words for a number of filters on
    (the page's own, translated where lupdate reads them as a plural). ``area``: the FilterArea the
    parts stand in, if they do (counted as parts: it is given the room the table leaves); ``lines``: the
    lines of text it keeps in sight at least before rows of the table go; ``riders``: widgets shown and
    hidden with the parts that stand on a line of ``above`` (a count beside the buttons), not counted."""

    def __init__(self, page: QWidget, button: QPushButton, parts: list[QWidget], above: list[QWidget],
                 view: QTableView, on: Callable[[], int], words: Callable[[int], str],
                 area: FilterArea | None = None, lines: int = 2, riders: tuple[QWidget, ...] = ()) -> None:
        super().__init__(page)
        self.page, self.button, self.parts, self.above, self.view = page, button, parts, above, view
        self.area, self.lines, self.riders = area, lines, riders
        self.on, self.words = on, words
        self.short = False
        button.setCheckable(True)
        button.hide()
        button.toggled.connect(lambda _checked: self.follow())
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.follow()
        return False

    def _room(self) -> int:
        """The height a person sees of the page: its frame's, when a frame scrolls it."""
        holder = self.page.parentWidget()
        frame = holder.parentWidget() if holder is not None else None
        if isinstance(frame, QAbstractScrollArea) and holder is frame.viewport():
            return holder.height()
        return self.page.height()

    def _needed(self, widgets: list[QWidget] | None = None, rows: int = ROWS) -> int:
        """The height the page needs for ``widgets`` (the above and the parts) and ``rows`` of the table."""
        layout = self.page.layout()
        spacing = max(0, layout.spacing()) if layout is not None else 6
        margins = layout.contentsMargins() if layout is not None else None
        edges = margins.top() + margins.bottom() if margins is not None else 0
        parts = [w.sizeHint().height() for w in (widgets if widgets is not None else [*self.above, *self.parts])]
        table = (self.view.horizontalHeader().sizeHint().height() + rows * self.view.verticalHeader().defaultSectionSize()
                 + 2 * self.view.frameWidth() + self._sideways_bar())
        return sum(parts) + table + spacing * len(parts) + edges

    def _area_limit(self) -> int | None:
        """The FilterArea's height where the page is short: what the table's rows leave (ROWS of them where
        ``lines`` lines of filters still fit, else OPEN_ROWS); None where nothing folds (as tall as it needs)."""
        if self.area is None or not self.short:
            return None
        layout = self.page.layout()
        spacing = max(0, layout.spacing()) if layout is not None else 6
        lines = self.lines * self.area.fontMetrics().height()
        for rows in range(ROWS, OPEN_ROWS - 1, -1):
            limit = self._room() - self._needed(self.above, rows) - spacing  # the area's own spacing
            if limit >= lines or rows == OPEN_ROWS:
                return max(0, limit)
        return None

    def _sideways_bar(self) -> int:
        """The height of the table's sideways scroll bar, where it may show (the Participants list's
        columns run past its side at 20 points): counted whether shown now or not, so that its coming
        and going as the columns are sized cannot turn the decision."""
        if self.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            return 0
        return self.view.horizontalScrollBar().sizeHint().height()

    def follow(self) -> None:
        """Fold or unfold as the page's room says; the button's words say how many filters are on."""
        self.short = self._room() < self._needed()
        self.button.setVisible(self.short)
        shown = not self.short or self.button.isChecked()
        for part in (*self.parts, *self.riders):
            part.setVisible(shown)
        if self.area is not None:
            self.area.limit = self._area_limit()
            self.area.fit()
        self.say()

    def say(self) -> None:
        n = self.on()
        self.button.setText(self.words(n))
        self.button.setAccessibleName(self.button.text())  # its pressed look (checked) says shown or hidden
