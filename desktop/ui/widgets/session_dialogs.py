"""Small dialogs of the session editors: unlock reason, audit trail (adding an attendee: attendee_dialog)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.change_set import concerns_session
from desktop.core.db import Store
from desktop.core.field_text import blank_line
from desktop.core.sessions import AuditRow
from desktop.ui.labels import sessions as labels
from desktop.ui.operations import Reloader, read_now
from desktop.ui.qt_i18n import active_language
from desktop.ui.widgets.asked_once import answer_of
from desktop.ui.widgets.screen_fit import fit_resize
from desktop.ui.widgets.text_limits import LongTextLimit
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

Index = QModelIndex | QPersistentModelIndex


class UnlockReasonDialog(QDialog):
    """Asks why a final session is being unlocked; OK stays disabled until a reason is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock session"))
        self.label = WordWrapLabel(self.tr("Why does this final session need to change? The reason is kept in the audit trail."))
        self.reason = QTextEdit(self)
        self.reason.setAcceptRichText(False)
        self.reason.setTabChangesFocus(True)
        self.reason_limit = LongTextLimit(self.reason)
        self.reason.setAccessibleName(self.tr("Reason for unlocking"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        # A reason someone can read: not only spaces, nor bidi marks or control characters pasted
        # (sessions.unlock refuses those; stored, the trail's reason was blank).
        self.reason.textChanged.connect(lambda: ok.setEnabled(not blank_line(self.reason.toPlainText())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    @staticmethod
    def ask(parent: QWidget | None) -> str | None:
        def reason(dialog: UnlockReasonDialog, result: int) -> str | None:
            accepted = result == QDialog.DialogCode.Accepted
            return dialog.text() if accepted and not blank_line(dialog.text()) else None

        return answer_of(UnlockReasonDialog(parent), reason)


# Every row of a session's trail belongs to that session: saying so on each line is noise.
HIDDEN_FIELDS = frozenset({"session_id"})


class AuditModel(QAbstractTableModel):
    def __init__(self, rows: list[AuditRow], format_dt: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.format_dt = format_dt

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return self.format_dt(dt.datetime.fromtimestamp(row.when_ms / 1000)) if row.when_ms else ""
        if col == 1:
            return row.who(active_language())  # the device as every screen names it, in today's language
        if col == 2:
            return self._action(row.action)
        if col == 3:
            fields = [labels.field(f) for f in row.fields if f not in HIDDEN_FIELDS]
            separator = "، " if QGuiApplication.isRightToLeft() else ", "
            return self._entity(row.entity) + (f": {separator.join(fields)}" if fields else "")
        return row.reason


    def _action(self, code: str) -> str:
        return {
            "insert": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "finalise": self.tr("finalised"),
            "unlock": self.tr("unlocked"),
        }.get(code, code)

    def _entity(self, table: str) -> str:
        return {
            "session": self.tr("session"),
            "attendance": self.tr("attendance"),
            "agenda_item": self.tr("agenda item"),
            "decision": self.tr("decision"),
            "action_item": self.tr("action item"),
            "transcript_turn": self.tr("transcript turn"),
        }.get(table, table)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changed"), self.tr("Reason")]
        return titles[section] if 0 <= section < len(titles) else None


class AuditDialog(QDialog):
    def __init__(self, rows: list[AuditRow], format_dt: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        fit_resize(self, 820, 460)
        self.model = AuditModel(rows, format_dt, self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Audit trail"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The list of changed fields takes the room that is left (whole in its tooltip): sized to
        # its longest line it pushed the time off the side of the dialog.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    @classmethod
    def open_for(cls, ctx: Any, session_id: str, parent: QWidget | None = None) -> AuditDialog:
        """Show a session's audit trail (non-modal, deleted on close): both session editors use it."""
        from desktop.core.sessions import audit_trail

        rows = read_now(ctx, lambda s: audit_trail(s, session_id))
        dialog = cls(rows, ctx.language.format_datetime, parent)
        dialog.follow(ctx, session_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def follow(self, ctx: Any, session_id: str) -> None:
        """The trail read again (on the DB worker) whenever the session's rows may have been written while
        it is open: an import that ended meanwhile (the editor showing it, or its bar asking Show theirs
        or Keep mine) was missing from the trail, which showed the history stored when it opened."""
        from desktop.core.sessions import audit_trail

        def read(store: Store) -> list[AuditRow]:
            with store.session() as s:
                return audit_trail(s, session_id)

        self._session_id = session_id
        self.reloader = Reloader(ctx, self, read, self.model.set_rows)
        ctx.events.changed.connect(self._changed)

    def _changed(self, tables: object) -> None:
        if concerns_session(tables, self._session_id):
            self.reloader.request()
