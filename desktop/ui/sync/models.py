"""Table models of the Sync screen (small: one row per device, one per open conflict)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.core import device_label, text_cut
from desktop.i18n.name_order import name_key
from desktop.sync.conflict_context import ConflictContext
from desktop.sync.conflicts import ConflictView
from desktop.sync.devices import DeviceReport
from desktop.ui.sync.conflict_dialog import where_text
from desktop.ui.widgets.as_written import as_written

Index = QModelIndex | QPersistentModelIndex

# What a devices column sorts by (a number where the column shows ranges of numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole


def shown_ranges(ranges: tuple[tuple[int, int], ...], number: Callable[[int], str] = str) -> str:
    """Ranges of change numbers ("1–280, 300") in the user's digits (``number``: LanguageManager.format_number),
    as the import lines write them (roster_panel); desktop.sync.devices.format_ranges is the CLI's, Latin."""
    return ", ".join(f"{number(a)}\u2013{number(b)}" if a != b else number(a) for a, b in ranges)


def missing_count(report: DeviceReport) -> int:
    return sum(b - a + 1 for s in report.streams for a, b in s.gaps)


def received_count(report: DeviceReport) -> int:
    return sum(s.received for s in report.streams)


class DevicesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, number: Callable[[int], str] = str) -> None:
        super().__init__(parent)
        self.reports: list[DeviceReport] = []
        self.number = number  # the user's digits (LanguageManager.format_number)
        # What each row sorts by, worked out once per read: the sort proxy asked for it some two
        # thousand times per read of two hundred devices (a name read for its numbers each time).
        self._sort_keys: list[list[Any]] = []

    def say_again(self, *_: object) -> None:
        """Every cell again, in the digits chosen now."""
        if self.reports:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.reports) - 1, self.columnCount() - 1))

    def set_reports(self, reports: list[DeviceReport]) -> bool:
        """Whether anything changed: the same devices read again are not laid out again."""
        if list(reports) == self.reports:
            return False
        self.beginResetModel()
        self.reports = list(reports)
        self._sort_keys = [self._sort_key(r) for r in self.reports]
        self.endResetModel()
        return True

    @staticmethod
    def _sort_key(report: DeviceReport) -> list[Any]:
        # Names in order with this computer first, as they are read ("laptop 9" before "laptop 10");
        # the ids as shown; counts as numbers, so the devices missing the most (or with nothing
        # received yet) come first when the column is sorted descending.
        first = 0 if report.is_self else 1 if report.is_centre else 2  # this computer, the centre, the laptops
        return [f"{first}{name_key(report.name)}", report.short_id,
                received_count(report), missing_count(report)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reports)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Device"), self.tr("Id"), self.tr("Changes received"), self.tr("Missing")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A tooltip is drawn as rich text when its first line holds a tag: a device's name, a session's
        # title, a turn's words are others' choosing, shown as written.
        shown = self._data(index, role)
        return as_written(shown) if role == Qt.ItemDataRole.ToolTipRole and isinstance(shown, str) else shown

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid():
            return None
        report = self.reports[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            return self._sort_keys[index.row()][column]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        centre = report.is_centre and not report.is_self  # on a laptop: the centre, which sends no bundles
        if column == 0:
            if centre:  # no label travels in a team update: named by what it is, not "(no name yet)"
                return self.tr("The centre")
            # No label (registered without one, nothing received yet): said, not an empty cell, in the
            # words of desktop/core/device_label; a label from a bundle without control characters.
            name = device_label.shown_name(report.name) or QCoreApplication.translate(device_label.CONTEXT,
                                                                                      device_label.NO_NAME)
            return name + (self.tr(" (this computer)") if report.is_self else "")
        if column == 1:
            return report.short_id
        silent = not report.is_self and not report.streams  # on the roster, nothing received from it yet
        if column == 2:
            if centre and not report.streams:
                return self.tr("sends team updates, not bundles")
            if silent:
                return self.tr("nothing yet")
            return "; ".join(shown_ranges(s.ranges, self.number) for s in report.streams if s.ranges)
        gaps = [shown_ranges(s.gaps, self.number) for s in report.streams if s.gaps]
        # Not "none" for a laptop that sent nothing: what it holds is not known here.
        return "; ".join(gaps) if gaps else ("" if silent else self.tr("none"))

    def tally(self) -> tuple[int, int, int]:
        """Devices other than this computer; those with changes missing; those that sent nothing yet
        (not the centre, on a laptop: it sends team updates, never bundles)."""
        others = [r for r in self.reports if not r.is_self]
        return (len(others), sum(1 for r in others if missing_count(r)),
                sum(1 for r in others if not r.streams and not r.is_centre))


class ConflictsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ConflictView] = []
        self.contexts: list[ConflictContext] = []

    def set_items(self, items: list[ConflictView], contexts: list[ConflictContext] | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.contexts = list(contexts) if contexts is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Where"), self.tr("Current text"), self.tr("Other version")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A tooltip is drawn as rich text when its first line holds a tag: a device's name, a session's
        # title, a turn's words are others' choosing, shown as written.
        shown = self._data(index, role)
        return as_written(shown) if role == Qt.ItemDataRole.ToolTipRole and isinstance(shown, str) else shown

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.items[index.row()]
        if index.column() == 0:
            if index.row() < len(self.contexts):
                return where_text(self.contexts[index.row()])
            return item.row_id[-8:]
        text = item.value_b if index.column() == 1 else item.value_a
        return text if role == Qt.ItemDataRole.ToolTipRole else text_cut.shortened(text, 80)
