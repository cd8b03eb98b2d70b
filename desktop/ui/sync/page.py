"""The Sync screen: export a bundle, import many (dialog or drag and drop), devices, gaps, conflicts.

Imports run on the task runner, file by file (each file atomic), with a progress bar and a Cancel
button that stops between files. Every rule lives in desktop.sync; this page only asks and shows.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Store
from desktop.sync import conflicts, devices
from desktop.sync.bundle_format import BUNDLE_SUFFIX
from desktop.sync.errors import BundleError
from desktop.sync.export import export_bundle
from desktop.sync.importer import ImportOutcome, import_files
from desktop.sync.keys import load_identity_file
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.page_base import Page
from desktop.ui.sync import texts
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.models import ConflictsModel, DevicesModel
from desktop.ui.tasks import CancelToken

IDENTITY_STATE = "sync_identity_file"  # a path, never the key itself
# A bundle import writes through SQLAlchemy Core in bulk (for speed), past the ORM flush hook that
# collects change sets, so it announces the synced tables itself.
TOUCHED = {"session", "transcript_turn", "participant", "consent_record", "coded_segment", "code"}


class SyncPage(Page):
    key = "sync"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self._token: CancelToken | None = None
        self.last_outcomes: list[ImportOutcome] = []
        self.export_button, self.import_button = QPushButton(), QPushButton()
        self.key_button, self.cancel_button = QPushButton(), QPushButton()
        self.resolve_button = QPushButton()
        self.progress = QProgressBar()
        self.results = QListWidget()
        self.key_label, self.drop_hint = QLabel(), QLabel()
        self.devices_label, self.conflicts_label = QLabel(), QLabel()
        self.devices_model, self.conflicts_model = DevicesModel(self), ConflictsModel(self)
        self.devices_view, self.conflicts_view = QTableView(), QTableView()
        self.devices_view.setModel(self.devices_model)
        self.conflicts_view.setModel(self.conflicts_model)
        for view in (self.devices_view, self.conflicts_view):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.horizontalHeader().setStretchLastSection(True)
        self.devices_label.setBuddy(self.devices_view)
        self.conflicts_label.setBuddy(self.conflicts_view)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(0)

        buttons = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.key_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.key_label)
        layout.addWidget(self.drop_hint)
        layout.addLayout(running)
        layout.addWidget(self.results)
        layout.addWidget(self.devices_label)
        layout.addWidget(self.devices_view, 2)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts_view, 1)
        layout.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.export_button.clicked.connect(self.export_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        self.key_button.clicked.connect(self.choose_key)
        self.cancel_button.clicked.connect(self.cancel)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.conflicts_view.doubleClicked.connect(lambda index: self.resolve_selected())
        self.identity_path = self._initial_identity()
        self.retranslate()
        self.refresh()

    # --- texts ---------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self._label_progress()
        self.export_button.setText(self.tr("&Export bundle…"))
        self.import_button.setText(self.tr("&Import bundles…"))
        self.key_button.setText(self.tr("Team &key file…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.resolve_button.setText(self.tr("&Resolve conflict…"))
        self.drop_hint.setText(self.tr("Drop .majlis files here to import them."))
        self.devices_label.setText(self.tr("&Devices and changes received:"))
        self.conflicts_label.setText(self.tr("Open c&onflicts:"))
        self.key_label.setText(
            self.tr("Team key: {path}").format(path=self.identity_path.name) if self.identity_path
            else self.tr("Team key: none chosen (needed to import)")
        )
        names = {
            self.export_button: self.tr("Export bundle"), self.import_button: self.tr("Import bundles"),
            self.key_button: self.tr("Choose team key file"), self.cancel_button: self.tr("Cancel import"),
            self.resolve_button: self.tr("Resolve conflict"), self.progress: self.tr("Import progress"),
            self.results: self.tr("Import results"), self.devices_view: self.tr("Devices"),
            self.conflicts_view: self.tr("Open conflicts"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def refresh(self) -> None:
        self.devices_model.set_reports(devices.device_reports(self.ctx.store))
        self.conflicts_model.set_items(conflicts.list_conflicts(self.ctx.store))
        self.resolve_button.setEnabled(bool(self.conflicts_model.items))

    # --- team key --------------------------------------------------------------------------------

    def _initial_identity(self) -> Path | None:
        stored = self.ctx.store.get_state(IDENTITY_STATE) or os.environ.get("MAJLIS_IDENTITY_FILE", "")
        return Path(stored) if stored else None

    def choose_key(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Team key file"), "", self.tr("Key files (*)"))
        if not path:
            return False
        self.set_identity_path(Path(path))
        return True

    def set_identity_path(self, path: Path) -> None:
        self.identity_path = path
        self.ctx.store.set_state(IDENTITY_STATE, str(path))
        self.retranslate()

    # --- export ----------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), "", self.tr("Majlis bundles (*.majlis)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        store = self.ctx.store
        self._busy(True)
        self.ctx.tasks.run(
            lambda token, progress: export_bundle(store, path),
            on_done=self._exported,
            on_error=self._failed,
        )

    def _exported(self, result: Any) -> None:
        self._busy(False)
        if result is None:
            self.results.addItem(self.tr("Nothing to export: no new changes since the last bundle."))
        else:
            self.results.addItem(self.tr("Bundle written: {name} ({count} changes)").format(
                name=result.path.name, count=self.ctx.language.format_number(result.change_count)))

    # --- import ----------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), "", self.tr("Majlis bundles (*.majlis)")
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> bool:
        if self._token is not None or not paths:
            return False
        if self.identity_path is None and not self.choose_key():
            self.results.addItem(texts.refusal("no_identity", ""))
            return False
        assert self.identity_path is not None
        try:
            identities = load_identity_file(self.identity_path)
        except BundleError as exc:
            self.results.addItem(self.tr("Team key file: {reason}").format(reason=exc.message))
            return False
        store = self.ctx.store
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self._busy(True)
        self._label_progress()

        def work(token: CancelToken, progress: Any) -> list[ImportOutcome]:
            return import_files(store, paths, identities, cancelled=lambda: token.cancelled, progress=progress)

        self._token = self.ctx.tasks.run(work, on_done=self._imported, on_error=self._failed,
                                         on_progress=self._progress)
        return True

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._label_progress()

    def _label_progress(self) -> None:
        # QProgressBar prints its percentage in the locale's digits; the user's digit setting rules.
        if not self.cancel_button.isEnabled():  # no import running: an empty bar, not "0 of 100"
            self.progress.setFormat("")
            return
        fmt = self.ctx.language.format_number
        self.progress.setFormat(self.tr("%1 of %2 files").replace("%1", fmt(self.progress.value()))
                                .replace("%2", fmt(self.progress.maximum())))

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        cancelled = self._token is not None and self._token.cancelled
        self._busy(False)
        self.last_outcomes = outcomes
        for outcome in outcomes:
            self.results.addItem(texts.outcome_line(outcome, Path(outcome.source).name))
        if cancelled:
            self.results.addItem(self.tr("Import cancelled: the files not listed above were not imported."))
        self.refresh()
        self.ctx.events.changed.emit(set(TOUCHED))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        message = exc.message if isinstance(exc, BundleError) else str(exc)
        self.results.addItem(self.tr("Failed: {reason}").format(reason=message))

    def _busy(self, busy: bool) -> None:
        if not busy:
            self._token = None
        for button in (self.export_button, self.import_button, self.key_button):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    # --- drag and drop ------------------------------------------------------------------------------

    @staticmethod
    def _bundle_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls()
                if u.isLocalFile() and u.toLocalFile().lower().endswith(BUNDLE_SUFFIX)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._bundle_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._bundle_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- conflicts --------------------------------------------------------------------------------

    def resolve_selected(self) -> ConflictDialog | None:
        rows = self.conflicts_view.selectionModel().selectedRows()
        index = rows[0] if rows else self.conflicts_model.index(0, 0, QModelIndex())
        if not index.isValid():
            return None
        dialog = ConflictDialog(self.conflicts_model.items[index.row()], self)
        dialog.accepted.connect(lambda: self._resolve(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _resolve(self, dialog: ConflictDialog) -> None:
        conflict_id = dialog.conflict.id
        choice, text, actor = dialog.choice, dialog.text, self.ctx.user_name

        def work(store: Store) -> str:
            return conflicts.resolve(store, conflict_id, choice, text=text, actor=actor)  # type: ignore[arg-type]

        CollectionOp.on_store(self.ctx, work).success(lambda _: self._resolved()).failure(self._failed) \
            .run_in_background()

    def _resolved(self) -> None:
        self.results.addItem(self.tr("Conflict resolved."))
        self.refresh()
