"""After an erasure: the copies made before it, which Majlis cannot reach, and the offer to rewrite backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import erasure_report
from desktop.core.db import Store
from desktop.core.errors import MajlisError
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp


class ErasureReportDialog(QDialog):
    def __init__(self, ctx: AppContext, report: erasure_report.Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = report
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("erasure_report_items")
        self.status = QLabel()
        self.status.setObjectName("erasure_report_status")
        self.status.setWordWrap(True)
        self.rewrite = QPushButton()
        self.rewrite.setObjectName("rewrite_backups")
        self.rewrite.clicked.connect(self.ask_rewrite)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.rewrite)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()

    def kind_name(self, kind: str) -> str:
        names = {
            "xlsx": self.tr("Excel workbook"),
            "qdpx": self.tr("REFI-QDA project"),
            "pdf": self.tr("PDF"),
            "bundle": self.tr("bundle"),
            "backup": self.tr("backup"),
        }
        return names.get(kind, kind)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What the erasure cannot reach"))
        self.explain.setText(self.tr(
            "These files were made while the erased words existed. Majlis cannot reach them: delete them "
            "or replace them. The backups beside the database can be rewritten without the words."))
        self.rewrite.setText(self.tr("&Rewrite the local backups without the words…"))
        self.rewrite.setEnabled(any(i.kind == "backup" for i in self.report.items))
        self.items.clear()
        for item in self.report.items:
            self.items.addItem(f"{self.kind_name(item.kind)} — {item.made_at[:16].replace('T', ' ')} — {item.where}")

    def ask_rewrite(self) -> None:
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Rewrite backups"), self.tr("The database passphrase (the backups use it too):"),
            QLineEdit.EchoMode.Password)
        if ok and passphrase:
            self.rewrite_backups(passphrase)

    def rewrite_backups(self, passphrase: str) -> None:
        """Apply every erasure to each backup, on the worker; the list then drops them."""
        self.rewrite.setEnabled(False)
        self.status.setText(self.tr("Rewriting the backups…"))
        path = self.ctx.store.path

        def op(store: Store) -> tuple[int, erasure_report.Report]:
            done = erasure_report.rewrite_backups(path, passphrase)
            return done, erasure_report.report(store)

        def done(outcome: tuple[int, erasure_report.Report]) -> None:
            count, self.report = outcome
            self.retranslate()
            self.status.setText(self.tr("%n backup(s) rewritten without the words.", "", count))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, MajlisError):
                raise exc
            self.rewrite.setEnabled(True)
            self.status.setText(self.tr("The backups were not rewritten: wrong passphrase, or a backup cannot be opened."))

        CollectionOp.on_store(self.ctx, op).success(done).failure(failed).run_in_background()
