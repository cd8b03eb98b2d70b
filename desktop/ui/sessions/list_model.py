"""The sessions table: ids of the matching sessions in the chosen order, rows read as they are shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy.orm import Session as OrmSession

from desktop.core import sessions as svc
from desktop.ui.context import AppContext
from desktop.ui.labels import sessions as labels
from desktop.ui.models.paged_ids import PagedIdModel

CHUNK = PagedIdModel.chunk_size
MAX_CHUNKS = PagedIdModel.max_chunks


class SessionListModel(PagedIdModel):
    COLUMNS = svc.LIST_COLUMNS

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(ctx, self.COLUMNS, parent)
        self.filter = svc.SessionFilter()
        self.sort_column = "date"
        self.descending = True
        # Sorting before the ids were ever read only records the order: the page turns sorting on
        # (which sorts) and then applies its filter, and on a campaign-sized database each read of
        # the ids is a noticeable part of the main window's first second.
        self.read_once = False

    def query_ids(self, s: OrmSession) -> list[str]:
        return svc.list_ids(
            s,
            self.filter,
            sort=self.sort_column,
            descending=self.descending,
            governorate_names=labels.governorate_names(self.ctx.language.language),
        )

    def load_chunk(self, s: OrmSession, ids: list[str]) -> Mapping[str, Any]:
        return svc.load_list_rows(s, ids)

    def set_ids(self, ids: list[str], chunks: Mapping[int, Mapping[str, Any]] | None = None) -> None:
        self.read_once = True
        super().set_ids(ids, chunks)

    def set_filter(self, flt: svc.SessionFilter) -> None:
        self.filter = flt
        self.reload()

    def session_id(self, row: int) -> str:
        return self.id_at(row)

    def cell(self, row: Any, column: str, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = row.get(column)
        if value is None or value == "":
            return ""
        lang = self.ctx.language
        if column == "date" and isinstance(value, dt.date):
            return lang.format_date(value)
        if column == "kind":
            return labels.kind(value)
        if column == "status":
            return labels.status(value)
        if column == "governorate":
            return labels.governorate(value, lang.language)
        return str(value)

    def title(self, column: str) -> str:
        # The same words as the roundtable editor's labels and the audit trail, translated once.
        return labels.field(column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return self.ctx.language.format_number(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return super().headerData(section, orientation)  # whole where a narrow column elides it
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.sort_column = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.read_once:
            self.reload()
