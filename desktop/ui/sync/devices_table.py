"""The Sync page's table of devices and the changes received from each, under its label and over its
tally line: sorted by a click on a header (fifty laptops do not fit the box), its columns fitted to
what they hold."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.sync.devices import DeviceReport
from desktop.ui.sync.models import SORT_ROLE, DevicesModel
from desktop.ui.widgets.column_fit import fit_columns_to_texts
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


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
        self.view.horizontalHeader().setStretchLastSection(True)
        self.label.setBuddy(self.view)
        # Another text size (Settings): the columns kept the smaller text's widths, "field laptop 1" read
        # "field" and the headers lost letters until the next import read the table again.
        self._refit = _RefitOnFontChange(self.view, self.fit_columns)

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
        fit_columns_to_texts(self.view, self.model)


class _RefitOnFontChange(QObject):
    """Calls ``fit`` once a font change has reached ``view`` (a filter owned by the view)."""

    def __init__(self, view: QTableView, fit: Callable[[], None]) -> None:
        super().__init__(view)
        self._fit = fit
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit)
        return super().eventFilter(watched, event)
