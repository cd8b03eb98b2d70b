"""Item models over the codebook: the tree (with drag to move) and a flat filtered list for the picker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from sqlalchemy.orm import Session as OrmSession

from desktop.core import code_usage, codebook
from desktop.i18n.normalise import normalise_for_search
from desktop.ui.qt_i18n import shown_number

CODE_MIME = "application/x-majlis-code"
CodeIdRole = Qt.ItemDataRole.UserRole + 1
UsageRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    """A plain snapshot of a code: the model never holds ORM objects across transactions."""

    id: str
    parent_id: str | None
    names: dict[str, str]
    colour: str
    usage: int
    children: list[Row] = field(default_factory=list)
    parent: Row | None = None

    def name(self, lang: str) -> str:
        for key in (lang, *codebook.LANGS):
            if self.names.get(key, "").strip():
                return self.names[key]
        return ""


def load_rows(s: OrmSession) -> list[Row]:
    """The codebook as a tree of rows with usage counts (read through ``read_now``/``QueryOp``)."""
    counts = code_usage.usage_counts(s)

    def convert(node: codebook.CodeNode, parent: Row | None) -> Row:
        c = node.code
        row = Row(c.id, c.parent_id, {"ar": c.name_ar, "ckb": c.name_ckb, "en": c.name_en}, c.colour,
                  counts.get(c.id, 0), parent=parent)
        row.children = [convert(ch, row) for ch in node.children]
        return row

    return [convert(n, None) for n in codebook.tree(s)]


def flatten(rows: list[Row]) -> list[Row]:
    out: list[Row] = []
    for r in rows:
        out.append(r)
        out.extend(flatten(r.children))
    return out


def swatch(colour: str) -> QColor:
    c = QColor(colour[:7] if colour else "#f4b400")
    return c if c.isValid() else QColor("#f4b400")


def swatch_icon(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(swatch(colour))
    return QIcon(pix)


class CodeTreeModel(QAbstractItemModel):
    """Codes as a tree: name in the interface language, usage count, colour swatch; drag to move.

    ``on_move(code_id, new_parent_id, index)`` does the database work; the page reloads after it.
    """

    def __init__(self, lang: Callable[[], str], on_move: Callable[[str, str | None, int], None] | None = None) -> None:
        super().__init__()
        self._lang = lang
        self._on_move = on_move
        self.roots: list[Row] = []
        self._by_id: dict[str, Row] = {}
        self.headers = ("", "")

    def reload(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.roots = rows
        self._by_id = {r.id: r for r in flatten(rows)}
        self.endResetModel()

    def row_for(self, code_id: str) -> Row | None:
        return self._by_id.get(code_id)

    def index_for(self, code_id: str) -> QModelIndex:
        row = self._by_id.get(code_id)
        if row is None:
            return QModelIndex()
        siblings = row.parent.children if row.parent else self.roots
        return self.createIndex(siblings.index(row), 0, row)

    def _row(self, index: Index) -> Row | None:
        return index.internalPointer() if index.isValid() else None

    # -- structure -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        items = self._children(parent)
        if 0 <= row < len(items) and 0 <= column < 2:
            return self.createIndex(row, column, items[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        row = self._row(index)
        if row is None or row.parent is None:
            return QModelIndex()
        p = row.parent
        siblings = p.parent.children if p.parent else self.roots
        return self.createIndex(siblings.index(p), 0, p)

    def _children(self, parent: Index) -> list[Row]:
        row = self._row(parent)
        if parent.isValid() and parent.column() != 0:
            return []
        return row.children if row is not None else self.roots

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.name(self._lang()) if index.column() == 0 else shown_number(row.usage)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return swatch(row.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return " / ".join(v for v in row.names.values() if v)
        if role == CodeIdRole:
            return row.id
        if role == UsageRole:
            return row.usage
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The tooltip says a heading whole where a narrow column cut it with an ellipsis.
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) \
                and 0 <= section < 2:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag and drop ---------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CODE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        rows = [self._row(i) for i in indexes if i.isValid()]
        if rows and rows[0] is not None:
            mime.setData(CODE_MIME, QByteArray(rows[0].id.encode("ascii")))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(CODE_MIME) or self._on_move is None:
            return False
        code_id = bytes(data.data(CODE_MIME).data()).decode("ascii")
        target = self._row(parent)
        if target is not None and (target.id == code_id or self._is_below(target, code_id)):
            return False
        # Qt removes nothing itself: the page reloads the whole tree after the move.
        self._on_move(code_id, target.id if target else None, row if row >= 0 else len(self._children(parent)))
        return False


    def _is_below(self, row: Row, code_id: str) -> bool:
        p = row.parent
        while p is not None:
            if p.id == code_id:
                return True
            p = p.parent
        return False


class CodeListModel(QAbstractListModel):
    """A flat list of codes filtered by a typed text (folded like search), for the quick picker."""

    def __init__(self, lang: Callable[[], str]) -> None:
        super().__init__()
        self._lang = lang
        self._all: list[Row] = []
        self.rows: list[Row] = []
        self._filter = ""

    def reload(self, rows: list[Row]) -> None:
        self._all = flatten(rows)
        self.set_filter(self._filter)

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text
        needle = normalise_for_search(text.strip()).strip()
        # Only marks typed (harakat, tatweel, direction marks): nothing to look for, and no code matches
        # (every code was listed, the first one ready for Enter, as if nothing had been typed).
        self.rows = [] if text.strip() and not needle else [
            r for r in self._all
            if not needle or any(needle in normalise_for_search(n) for n in r.names.values() if n)
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            path = []
            p = row.parent
            while p is not None:
                path.append(p.name(self._lang()))
                p = p.parent
            name = row.name(self._lang())
            return " › ".join([*reversed(path), name]) if path else name
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(row.colour)
        if role == CodeIdRole:
            return row.id
        return None
