"""The participants seated in one focus group, editable in place (demographics and pseudonym).

A focus group seats a handful of people, so the model holds its rows; every edit is saved at once as
one transaction through ``core.participants``, whose validation error (a duplicate pseudonym, say) is
reported through ``error`` and leaves the row as it was in the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core import participant_fields, participants
from desktop.core.errors import MajlisError
from desktop.core.models import Participant
from desktop.core.participants import SeatedParticipant
from desktop.sync.values import ATTRIBUTE_KEY_MAX, JSON_ENTRIES_MAX, JSON_TEXT_MAX
from desktop.ui.context import AppContext
from desktop.ui.labels import demographics as labels
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.line_limit import limit_editor, settle
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.text_limits import attributes_fit, column_limit
from desktop.ui.widgets.wheel_guard import ChoiceBox

Index = QModelIndex | QPersistentModelIndex

# The consent after the pseudonym: last, at 20 points on a laptop at 150 % it stood out of sight beyond
# eight columns, and at a hall's door nobody saw who still lacked it (as on the Participants page).
FIRST = ("seat", "code", "consent")
COLUMNS = (*FIRST, *(c for c in participant_fields.SESSION_COLUMNS if c not in FIRST))
READ_ONLY_COLUMNS = {k for k in COLUMNS if not participant_fields.BY_KEY[k].editable}
CHOICE_COLUMNS = {k for k in COLUMNS if participant_fields.BY_KEY[k].choice}


def attributes_text(attributes: dict[str, Any]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in attributes.items())


def parse_attributes(text: str) -> dict[str, Any]:
    """"displaced: yes; tribe: x" -> {"displaced": "yes", "tribe": "x"} (team-defined attributes)."""
    out: dict[str, Any] = {}
    for part in text.replace("؛", ";").split(";"):
        key, sep, value = part.partition(":")
        if key.strip():
            out[key.strip()] = value.strip() if sep else ""
    return out


class SessionParticipantsModel(QAbstractTableModel):
    # The translated sentence for the status line, as live_words.Words: made again after a language switch.
    error = Signal(object)
    edited = Signal()

    def __init__(self, ctx: AppContext, session_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.rows: list[SeatedParticipant] = []
        self.read_only = False

    def set_rows(self, rows: list[SeatedParticipant]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def reload(self) -> None:
        self.set_rows(read_now(self.ctx, lambda s: participants.session_participants(s, self.session_id)))

    def by_seat(self, seat: int) -> SeatedParticipant | None:
        return next((r for r in self.rows if r.seat == seat), None)

    def by_id(self, participant_id: str | None) -> SeatedParticipant | None:
        return next((r for r in self.rows if r.participant_id == participant_id), None)

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_title(COLUMNS[section])

    def column_title(self, column: str) -> str:
        return QCoreApplication.translate(participant_fields.CONTEXT, participant_fields.BY_KEY[column].title)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and COLUMNS[index.column()] not in READ_ONLY_COLUMNS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "seat":
                return self.ctx.language.format_number(row.seat)
            if column == "attributes":
                return attributes_text(row.attributes)
            value = str(getattr(row, column))
            return labels.label(column, value, self.ctx.language.language)
        if role == Qt.ItemDataRole.EditRole:
            if column == "attributes":
                return attributes_text(row.attributes)
            return getattr(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "consent" and row.consent != "given":
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "consent" and not row.can_speak:
            return self.tr("Without a recorded consent this participant cannot be given speech.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        column = COLUMNS[index.column()]
        if column in READ_ONLY_COLUMNS:
            return False
        row = self.rows[index.row()]
        new: Any = parse_attributes(str(value)) if column == "attributes" else str(value or "")
        if new == getattr(row, column):
            return False
        if column == "attributes" and not attributes_fit(new):  # the centre would refuse the bundle
            self.error.emit(lambda: self.tr(
                "Not saved: at most %1 attributes, each name up to %2 characters and each value up to %3."
            ).replace("%1", self.ctx.language.format_number(JSON_ENTRIES_MAX))
             .replace("%2", self.ctx.language.format_number(ATTRIBUTE_KEY_MAX))
             .replace("%3", self.ctx.language.format_number(JSON_TEXT_MAX)))
            return False
        try:
            # As stored: a pseudonym typed with Arabic digits is kept in the app's (P٠٢ is P02).
            stored = CollectionOp(self.ctx, lambda s: getattr(
                participants.update(s, row.participant_id, **{column: new}), column)).run_now()
        except MajlisError as exc:
            self.error.emit(self.explain(exc))
            return False
        setattr(row, column, stored)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.edited.emit()
        return True

    def explain(self, exc: MajlisError) -> Words:
        """Why a change was refused, made in the language of the moment (of ``exc``, only what the
        sentence needs is kept)."""
        if exc.code == "duplicate_pseudonym":
            value = str(exc.details.get("value", ""))
            return lambda: self.tr("The pseudonym %1 is already used by another participant.").replace("%1", value)
        if exc.code == "session_read_only":
            return lambda: self.tr("This session is final: unlock it to edit.")
        if exc.code == "environment":  # a full disk or another program's lock: not SQLite's words
            reason = reason_of(exc)
            return lambda: self.tr("This value was not saved: %1").replace("%1", environment_reason(reason))
        # The core's own sentence is English ("the pseudonym is empty"): it was put in the translated line.
        if exc.code == "not_found":  # erased or deleted since the table was read
            return lambda: self.tr("This value was not saved: the participant is no longer in the database.")
        if exc.details.get("field") == "code":
            return lambda: self.tr("This value was not saved: a pseudonym cannot be empty.")
        return lambda: self.tr("This value was not saved.")


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the columns that take one value from a reference list."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._widths: dict[tuple[str, str, str], int] = {}  # (column, language, font) -> editor width

    def _editor_width(self, column: str, option: QStyleOptionViewItem) -> int:
        """How wide the combo box of ``column`` wants to be: its longest item, arrow and frame."""
        lang = self.ctx.language.language
        key = (column, lang, option.font.key())
        if key not in self._widths:
            combo = ChoiceBox()
            combo.setFont(option.font)
            for _, text in labels.choices(column, lang):
                combo.addItem(text)
            self._widths[key] = combo.sizeHint().width()
            combo.deleteLater()
        return self._widths[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # A choice column was as wide as the value shown: the editor, in the cell's width, then cut
        # its items ("(غير مذكور)" lost its closing bracket). The column now fits the editor.
        size = super().sizeHint(option, index)
        column = COLUMNS[index.column()] if 0 <= index.column() < len(COLUMNS) else ""
        if column in CHOICE_COLUMNS:
            size.setWidth(max(size.width(), self._editor_width(column, option)))
        return size

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = COLUMNS[index.column()]
        if column not in CHOICE_COLUMNS:
            editor = super().createEditor(parent, option, index)
            if isinstance(editor, QLineEdit) and column in Participant.__table__.columns:
                limit_editor(editor, column_limit(Participant, column))  # attributes: checked on saving
            return editor
        combo = ChoiceBox(parent)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        for key, text in labels.choices(column, self.ctx.language.language):
            combo.addItem(text, key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            settle(editor)  # a paste cut to the column's limit is in the editor before it is read
            super().setModelData(editor, model, index)
