"""Table models of the Sync screen (small: one row per device, one per open conflict)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.sync.conflict_context import ConflictContext
from desktop.sync.conflicts import ConflictView
from desktop.sync.devices import DeviceReport, format_ranges
from desktop.ui.sync.conflict_dialog import where_text

Index = QModelIndex | QPersistentModelIndex


class DevicesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reports: list[DeviceReport] = []

    def set_reports(self, reports: list[DeviceReport]) -> None:
        self.beginResetModel()
        self.reports = list(reports)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.reports)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Device"), self.tr("Id"), self.tr("Changes received"), self.tr("Missing")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        report = self.reports[index.row()]
        column = index.column()
        if column == 0:
            return report.name + (self.tr(" (this computer)") if report.is_self else "")
        if column == 1:
            return report.short_id
        if column == 2:
            return "; ".join(format_ranges(s.ranges) for s in report.streams if s.ranges)
        gaps = [format_ranges(s.gaps) for s in report.streams if s.gaps]
        return "; ".join(gaps) if gaps else self.tr("none")


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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Where"), self.tr("Current text"), self.tr("Other version")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.items[index.row()]
        if index.column() == 0:
            if index.row() < len(self.contexts):
                return where_text(self.contexts[index.row()])
            return item.row_id[-8:]
        text = item.value_b if index.column() == 1 else item.value_a
        return text if role == Qt.ItemDataRole.ToolTipRole else text[:80]
