"""Every participant, by pseudonym: ids of the matches, rows read as they are shown.

Columns come from the shared declaration (``desktop.core.participant_fields``). Real names and phone
numbers are never read here, so they cannot appear in the list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.orm import Session as OrmSession

from desktop.core import participant_fields, participants
from desktop.ui.context import AppContext
from desktop.ui.labels import demographics as labels
from desktop.ui.labels.consent_changes import changes_text
from desktop.ui.models.paged_ids import PagedIdModel
from desktop.ui.widgets.busy import BusyState

# The pseudonym and the consent first, then where the person lives, the device that recorded them last:
# in the declaration's order at 20 points on a 1366x768 laptop at 150 % the consent ("withdrawn") stood
# beyond the list's side, behind a sideways scroll, after five columns of 170 pixels.
FIRST = ("code", "consent", "governorate")
COLUMNS = (*FIRST, *(c for c in participant_fields.LIST_COLUMNS if c not in FIRST))
CHUNK = 100


class AllParticipantsModel(PagedIdModel):
    chunk_size = CHUNK
    max_chunks = 20

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(ctx, COLUMNS, parent)
        self.text = ""
        self.governorate = ""

    def set_filter(self, text: str, governorate: str) -> None:
        self.text, self.governorate = text, governorate
        self.reload()

    def filter_in_background(self, text: str, governorate: str, busy: BusyState | None = None,
                             then: Callable[[], object] | None = None) -> None:
        self.text, self.governorate = text, governorate
        self.reload_in_background(busy, then)

    def query_ids(self, s: OrmSession) -> list[str]:
        return participants.search_ids(s, self.text, self.governorate)

    def load_chunk(self, s: OrmSession, ids: list[str]) -> Mapping[str, Any]:
        return participants.load_rows(s, ids, self.ctx.language.language)

    def title(self, column: str) -> str:
        return QCoreApplication.translate(participant_fields.CONTEXT, participant_fields.BY_KEY[column].title)

    def cell(self, row: Any, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b3261e")) if column == "consent" and row.consent != "given" else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "consent" and row.reconsent_changes is not None:
            return changes_text(row.reconsent_changes, row.code)  # whom to ask again, and what to explain
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "recorded_on" and row.recording_device is not None:
                # Named at every paint: a device with no label follows a switch of language.
                return row.recording_device.label(self.ctx.language.language)
            return labels.label(column, str(getattr(row, column)), self.ctx.language.language)
        return None
