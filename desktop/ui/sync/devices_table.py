"""The Sync page's table of devices and the changes received from each, under its label and over its
tally line: sorted by a click on a header (fifty laptops do not fit the box), its columns fitted to
what they hold.

The columns are shown in the order a coordinator reads them: the device, what is missing from it (what
they phone its facilitator about), what was received, and its id last. The model keeps its own order
(Device, Id, Changes received, Missing: the columns tests and sorting name); only the header shows them
moved. At 20 points on a laptop screen (895 × 424) the four did not fit, and "Missing", then last, lay
past the table's edge behind a sideways scroll. Now the device's name gives way (cut with "…", whole in
its tooltip) before "Missing" leaves the box; what is received and the id may run past the edge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.sync.devices import DeviceReport
from desktop.ui.sync.models import SORT_ROLE, DevicesModel
from desktop.ui.widgets.column_fit import fit_columns_to_texts
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

DEVICE, MISSING = 0, 3  # the model's columns
SHOWN_ORDER = (0, 3, 2, 1)  # Device, Missing, Changes received, Id


class DevicesTable:
    """The label, the table (over a sorting proxy of ``model``) and the tally line; the page lays them out."""

    def __init__(self, owner: QObject, format_number: Callable[[int], str]) -> None:
        self.label = WordWrapLabel()
        self.model = DevicesModel(owner, format_number)
        self.view = QTableView()
        cells_follow_their_text(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        # Fifty laptops do not fit the box: a click on a header sorts (the most missing first, say).
        self.sorted = QSortFilterProxyModel(owner)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.view.setModel(self.sorted)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.status = WordWrapLabel()
        # the devices' summary: one line ran off the page at a large text size
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for shown, column in enumerate(SHOWN_ORDER):
            header.moveSection(header.visualIndex(column), shown)
        self.label.setBuddy(self.view)
        # The widths fit_columns found (each column's texts whole), before the name gave way to "Missing".
        self._fitted: dict[int, int] = {}
        # Another text size (Settings): the columns kept the smaller text's widths, "field laptop 1" read
        # "field" and the headers lost letters until the next import read the table again.
        self._refit = _RefitOnFontChange(self.view, self.fit_columns, self.keep_missing_in_sight)

    def set_reports(self, reports: list[DeviceReport]) -> bool:
        """The devices read again (``DevicesModel.set_reports``), the coordinator's place kept: the
        device chosen (a laptop with changes missing, to phone about) stays chosen, and in sight if it
        was. Before, every import or approval read the table from scratch, and the choice was gone."""
        view, model = self.view, self.model
        current = view.currentIndex()
        chosen = model.reports[self.sorted.mapToSource(current).row()].device_id if current.isValid() else None
        column = current.column() if current.isValid() else 0
        in_sight = current.isValid() and view.viewport().rect().intersects(view.visualRect(current))
        if not model.set_reports(reports):
            return False
        row = next((r for r, report in enumerate(model.reports) if report.device_id == chosen), None)
        if row is not None:
            again = self.sorted.mapFromSource(model.index(row, column))
            view.selectionModel().setCurrentIndex(again, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                  | QItemSelectionModel.SelectionFlag.Rows)
            if in_sight:  # a row added above it (a laptop approved) pushed it out of the box: back in
                view.scrollTo(again, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def fit_columns(self) -> None:
        """A device's name and its ranges whole, not "Centre (this …)". A few devices: each cell asked
        for its size. Two hundred: that took a tenth of a second per read on the UI thread (every cell
        laid out by its delegate), so each column is as wide as its header and the longest of its texts
        (by characters; the first rows too), measured with the table's font."""
        header = self.view.horizontalHeader()
        # Not the font's widest glyph (Qt's default, some 170 pixels at 20 points with the fonts the
        # Arabic and Kurdish texts fall back to): "Id" and "Missing" took twice the room their texts need.
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("MMM"))
        fit_columns_to_texts(self.view, self.model)
        self._fitted = {column: self.view.columnWidth(column) for column in (DEVICE, MISSING)}
        self.keep_missing_in_sight()

    def keep_missing_in_sight(self) -> None:
        """The device's name narrowed (not below a third of the box) where it and the changes missing
        do not fit side by side; "Missing" itself at most two thirds of the box. Called after each
        fitting and when the box changes width (the window resized)."""
        if not self._fitted or not self.view.isVisible():  # shown, it is resized, and called again
            return
        room = self.view.viewport().width()
        least = self.view.horizontalHeader().minimumSectionSize()
        missing = max(least, min(self._fitted[MISSING], room * 2 // 3))
        device = max(least, min(self._fitted[DEVICE], max(room - missing, room // 3)))
        self.view.setColumnWidth(MISSING, missing)
        self.view.setColumnWidth(DEVICE, device)


class _RefitOnFontChange(QObject):
    """Calls ``fit`` once a font change has reached ``view``, ``narrow`` when its box changed size (the
    window resized, a scroll bar come or gone): a filter owned by the view."""

    def __init__(self, view: QTableView, fit: Callable[[], None], narrow: Callable[[], None]) -> None:
        super().__init__(view)
        self._fit, self._narrow = fit, narrow
        self._box = view.viewport()
        view.installEventFilter(self)
        self._box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched is not self._box:
            QTimer.singleShot(0, self, self._fit)
        elif event.type() == QEvent.Type.Resize and watched is self._box:
            QTimer.singleShot(0, self, self._narrow)
        return super().eventFilter(watched, event)
