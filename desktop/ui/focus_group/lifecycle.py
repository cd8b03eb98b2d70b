"""Finalise, unlock (with a reason for the audit trail) and the audit trail, for the focus-group editor.

The rules live in ``core.sessions``; the dialogs are the roundtable editor's, so both kinds of session
ask the same questions in the same words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.core import sessions
from desktop.core.field_text import blank_line
from desktop.core.validation import Problem
from desktop.ui.context import AppContext
from desktop.ui.labels import problems
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.session_dialogs import AuditDialog, UnlockReasonDialog


class LifecycleBar(QWidget):
    statusChanged = Signal(str)  # "draft" | "final"
    message = Signal(object)  # a function making the status line (live_words.Words): follows a language switch
    blocked = Signal(object)  # the list of Problems that stop finalising ([] once it went through)
    gone = Signal()  # Finalise or Unlock… found the session deleted elsewhere meanwhile

    def __init__(self, ctx: AppContext, session_id: str, flush: Callable[[], None],
                 save_first: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # ``save_first`` before Finalise: False (said by the editor) while its import bar waits or its save failed.
        self.ctx, self.session_id, self._flush, self._save_first = ctx, session_id, flush, save_first
        self.finalise_button = QPushButton(self)
        self.finalise_button.clicked.connect(lambda: self.finalise())
        self.unlock_button = QPushButton(self)
        self.unlock_button.clicked.connect(lambda: self.unlock())
        self.audit_button = QPushButton(self)
        self.audit_button.clicked.connect(lambda: self.show_audit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for b in (self.audit_button, self.unlock_button, self.finalise_button):
            layout.addWidget(b)
        self.retranslate()

    def retranslate(self) -> None:
        self.finalise_button.setText(self.tr("Finalise"))
        self.finalise_button.setToolTip(self.tr("A final session becomes read-only"))
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.unlock_button.setToolTip(self.tr("Unlocking needs a reason, kept in the audit trail"))
        self.audit_button.setText(self.tr("Audit t&rail"))
        self.audit_button.setAccessibleName(self.tr("Show who changed what and when"))

    def show_status(self, read_only: bool, *, gone: bool = False) -> None:
        """``gone``: the session was deleted elsewhere meanwhile, and can be neither unlocked nor finalised."""
        self.finalise_button.setVisible(not read_only and not gone)
        self.unlock_button.setVisible(read_only and not gone)

    def problem_text(self, problem: Problem) -> str:
        return problems.line(problem)

    def finalise(self) -> bool:
        if not self._save_first():
            return False
        try:
            CollectionOp.on_store(
                self.ctx, lambda store: sessions.finalise(store, self.session_id, self.ctx.user_name)
            ).run_now()
        except sessions.SessionNotFound:  # deleted elsewhere meanwhile: the editor says so
            self.gone.emit()
            return False
        except sessions.SessionReadOnly as exc:  # made final (or locked) elsewhere meanwhile: shown so
            self.statusChanged.emit(str(exc.details.get("status", "final")))
            return False
        except sessions.FinaliseBlocked as exc:
            self.blocked.emit(list(exc.problems))
            self.message.emit(lambda: self.tr("This session cannot be finalised yet: see the list above."))
            return False
        self.blocked.emit([])
        self.statusChanged.emit("final")
        self.message.emit(lambda: self.tr("Finalised: the session is now read-only."))
        return True

    def unlock(self, reason: str | None = None) -> bool:
        reason = reason if reason is not None else UnlockReasonDialog.ask(self)
        if not reason or blank_line(reason):  # as sessions.unlock refuses it
            return False
        try:
            CollectionOp.on_store(
                self.ctx, lambda store: sessions.unlock(store, self.session_id, reason, self.ctx.user_name)
            ).run_now()
        except sessions.SessionNotFound:  # deleted elsewhere meanwhile: the editor says so
            self.gone.emit()
            return False
        self.statusChanged.emit("draft")
        self.message.emit(lambda: self.tr("Unlocked: the reason is kept in the audit trail."))
        return True

    def show_audit(self) -> AuditDialog:
        self._flush()
        return AuditDialog.open_for(self.ctx, self.session_id, self)
