"""The transcript as a table of speaker turns: speaker, time stamp, text.

One view over the whole transcript instead of one text editor per turn, so hundreds of turns stay
light; only the current turn is edited (in the composer). The model holds what is on screen,
including edits not saved yet: rows are marked dirty and ``changes()`` hands them to the autosave.
New turns get a temporary key until their first save gives them an id.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.sanitise import readable
from desktop.core.transcripts import TurnChange, TurnView
from desktop.ui.focus_group.turn_direction import turn_alignment
from desktop.ui.qt_i18n import shown_digits, shown_number

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("speaker", "timestamp", "text")
_keys = itertools.count(1)


@dataclass
class TurnRow:
    key: str
    turn_id: str | None
    participant_id: str | None
    speaker_code: str  # "" = facilitator
    text: str = ""
    timestamp: str = ""
    redacted: bool = False
    dirty: bool = False

    @classmethod
    def from_view(cls, view: TurnView) -> TurnRow:
        return cls(view.id, view.id, view.participant_id, view.speaker_code, view.text, view.timestamp,
                   view.redacted)

    @property
    def empty(self) -> bool:
        return not self.text and not self.timestamp


class TurnsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[TurnRow] = []
        self._deleted: list[TurnRow] = []
        self.rtl_session = False  # the session is in Arabic or Kurdish (turn_direction)

    # --- editing -----------------------------------------------------------------------------
    def set_turns(self, views: list[TurnView]) -> None:
        self.beginResetModel()
        self.rows = [TurnRow.from_view(v) for v in views]
        self._deleted = []
        self.endResetModel()

    def insert_turn(self, row: int, participant_id: str | None, speaker_code: str) -> int:
        """A new, unsaved turn at ``row``; returns its row."""
        row = max(0, min(row, len(self.rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, TurnRow(f"new-{next(_keys)}", None, participant_id, speaker_code))
        self.endInsertRows()
        return row

    def remove_turn(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self.rows.pop(row)
        self.endRemoveRows()
        if gone.turn_id is not None:
            self._deleted.append(gone)

    # --- turns merged or split in the database (turn_joins): shown as saved, nothing left to write ---
    def show_saved(self, row: int, text: str, timestamp: str) -> None:
        turn = self.rows[row]
        turn.text, turn.timestamp = text, timestamp
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def insert_saved(self, row: int, turn_id: str, participant_id: str | None, speaker_code: str, text: str,
                     timestamp: str) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, TurnRow(turn_id, turn_id, participant_id, speaker_code, text, timestamp))
        self.endInsertRows()

    def show_erased(self, row: int, text: str) -> None:
        """A turn erased in the database (its speaker withdrew everything): shown as erased, nothing to write."""
        turn = self.rows[row]
        turn.text, turn.redacted, turn.dirty = text, True, False
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def drop_saved(self, row: int) -> None:
        """A row already tombstoned in the database: gone from the table, no tombstone to write."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def _changed(self, row: int, column: str) -> None:
        self.rows[row].dirty = True
        index = self.index(row, COLUMNS.index(column))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def set_text(self, row: int, text: str) -> None:
        if self.rows[row].text != text:
            self.rows[row].text = text
            self._changed(row, "text")

    def set_speaker(self, row: int, participant_id: str | None, speaker_code: str) -> None:
        turn = self.rows[row]
        if turn.participant_id != participant_id:
            turn.participant_id, turn.speaker_code = participant_id, speaker_code
            self._changed(row, "speaker")

    def set_timestamp(self, row: int, timestamp: str) -> None:
        if self.rows[row].timestamp != timestamp:
            self.rows[row].timestamp = timestamp
            self._changed(row, "timestamp")

    def set_rtl_session(self, rtl: bool) -> None:
        if rtl != self.rtl_session:
            self.rtl_session = rtl
            if self.rows:  # each turn's direction and side may turn
                column = COLUMNS.index("text")
                self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    # --- saving -----------------------------------------------------------------------------
    def changes(self) -> list[TurnChange]:
        """What the next autosave must write, in transcript order (tombstones first).

        Empty new turns are not written: a turn exists in the database once something was typed.
        """
        out = [TurnChange(r.key, r.turn_id, r.participant_id, r.text, r.timestamp, deleted=True)
               for r in self._deleted]
        previous: str | None = None  # the nearest turn above that exists or is being written
        for r in self.rows:
            writes = r.dirty and not r.redacted and not (r.turn_id is None and r.empty)
            if writes:
                out.append(TurnChange(r.key, r.turn_id, r.participant_id, r.text, r.timestamp,
                                      after_key=previous))
            # A turn already in the database is named by its id (its editor key may be a local one
            # from before an earlier save); one written in this same save, by its key.
            if r.turn_id is not None:
                previous = r.turn_id
            elif writes:
                previous = r.key
        return out

    def mark_saved(self, written: list[TurnChange], new_ids: dict[str, str]) -> None:
        """After a successful save: give new rows their ids and clear what was written.

        A row edited again since ``written`` was taken stays dirty (its text differs).
        """
        done = {c.key: c for c in written}
        self._deleted = [r for r in self._deleted if r.key not in done]
        for r in self.rows:
            change = done.get(r.key)
            if change is None:
                continue
            if r.key in new_ids:
                r.turn_id = new_ids[r.key]
            same = (r.text, r.participant_id, r.timestamp) == (change.text, change.participant_id,
                                                               change.timestamp)
            r.dirty = r.dirty and not same

    def has_unsaved(self) -> bool:
        return bool(self._deleted) or any(r.dirty and not (r.turn_id is None and r.empty) for r in self.rows)

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return shown_number(section + 1) if 0 <= section < len(self.rows) else None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Speaker"), self.tr("Time"), self.tr("Text"))[section]

    def speaker_label(self, row: TurnRow) -> str:
        return row.speaker_code or self.tr("Facilitator")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "speaker":
                return self.speaker_label(row)
            if column == "timestamp":
                return shown_digits(row.timestamp) if row.timestamp else row.timestamp
            return readable(row.text)  # pasted control characters never drawn as boxes (the stored text keeps them)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "text":  # a Kurdish turn reads from the right in any interface language
                return int(turn_alignment(row.text, self.rtl_session) | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole and row.redacted:
            return self.tr("This participant withdrew consent: their speech is hidden and cannot be edited.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
