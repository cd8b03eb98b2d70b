"""One table model for rows of plain data whose columns are described once, as a list of ``Column``.

Report tabs show read-only rows (any object); a session's attendance, decisions and action items are
editable dicts that the service saves as they are. Both are this model: a column says its title,
how to show a row, and (when editable) which dict key an edit writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desktop.core.sanitise import readable
from desktop.ui.qt_i18n import manager_for_models, shown_number
from desktop.ui.widgets.free_text import text_alignment

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 10
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


@dataclass
class Column:
    header: Callable[[], str]  # called on every paint, so a language switch shows at once
    value: Callable[[Any], Any]  # what the cell shows, from the whole row
    background: Callable[[Any], QColor | None] | None = None
    align_number: bool = False
    key: str = ""  # the dict key an edit writes (editable tables)
    editable: bool = False
    free_text: bool = False  # people's writing (a quote, a memo): aligned by its own direction

    @classmethod
    def field(cls, key: str, header: Callable[[], str], display: Callable[[Any], str] = str, *,
              editable: bool = True) -> Column:
        """An editable column over one key of a dict row; empty values show as nothing."""
        return cls(header, lambda row: "" if row.get(key) is None else display(row.get(key)), key=key,
                   editable=editable)


class ColumnTableModel(QAbstractTableModel):
    edited = Signal()  # a row was added, removed or changed through the model

    def __init__(self, columns: Sequence[Column], defaults: dict[str, Any] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.defaults = defaults or {}
        self.rows: list[Any] = []
        self.read_only = False
        manager = manager_for_models()
        if manager is not None:  # numbers and row numbers follow the digit setting without a page's help
            manager.digitsChanged.connect(self.retranslate)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        # Editable dict rows are kept as the same list: the service writes new ids back into them.
        self.rows = rows if isinstance(rows, list) else list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def add(self, **values: Any) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append({"id": None, **self.defaults, **values})
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self.columns)):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in _TEXT_ROLES:
            return shown(col.value(row))
        if role == Qt.ItemDataRole.EditRole and col.key:
            return row.get(col.key)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            return col.background(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_number:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.free_text:
            return int(text_alignment(shown(col.value(row))))
        if role == RowRole:
            return row
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        col = self.columns[index.column()]
        if not (col.editable and col.key):
            return False
        row = self.rows[index.row()]
        if row.get(col.key) == value:
            return True
        row[col.key] = value
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header() if 0 <= section < len(self.columns) else None
        return shown_number(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)
        if self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


def shown(value: Any) -> str:
    """What a cell shows: numbers in the interface's digits and separators, everything else as text,
    its control characters (NEL, U+009C from a bundle) never drawn as empty boxes."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return shown_number(value)
    return readable(str(value))
