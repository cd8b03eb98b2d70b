"""Every participant, by pseudonym: a table model that holds only ids and loads rows as they are shown.

As in Anki's browser, a filter runs one query for the matching ids in display order; rows are read in
chunks when the view first asks for them and kept in a small cache. Real names and phone numbers are
never read here, so they cannot appear in the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core import participants
from desktop.core.participants import SeatedParticipant
from desktop.ui.context import AppContext
from desktop.ui.participants import labels

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("code", "gender", "age_band", "governorate", "setting", "occupation", "consent")
CHUNK = 100


class AllParticipantsModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[str] = []
        self._cache: dict[str, SeatedParticipant] = {}
        self.text = ""
        self.governorate = ""

    def set_filter(self, text: str, governorate: str) -> None:
        self.text, self.governorate = text, governorate
        self.reload()

    def reload(self) -> None:
        with self.ctx.store.session() as s:
            ids = participants.search_ids(s, self.text, self.governorate)
        self.set_ids(ids)

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self.ids = ids
        self._cache = {}
        self.endResetModel()

    def row_at(self, row: int) -> SeatedParticipant | None:
        if not 0 <= row < len(self.ids):
            return None
        pid = self.ids[row]
        if pid not in self._cache:
            if len(self._cache) > 20 * CHUNK:
                self._cache.clear()  # long scrolls: memory stays flat
            start = row - row % CHUNK
            with self.ctx.store.session() as s:
                self._cache.update(participants.load_rows(s, self.ids[start : start + CHUNK]))
        return self._cache.get(pid)

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = (self.tr("Pseudonym"), self.tr("Gender"), self.tr("Age band"), self.tr("Governorate"),
                  self.tr("Urban/rural"), self.tr("Occupation"), self.tr("Consent"))
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b3261e")) if column == "consent" and row.consent != "given" else None
        return labels.label(column, str(getattr(row, column)), self.ctx.language.language)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
