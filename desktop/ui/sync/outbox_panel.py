"""The facilitator's half of the Sync page: join a team, how much is unsent, export, and where the
last bundle went. Every number is refreshed whenever data changes, and right after an export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.sync.export import export_bundle
from desktop.sync.outbox import LAST_EXPORT_FOLDER, Outbox, outbox, with_bundle_suffix
from desktop.ui.context import AppContext
from desktop.ui.operations import Reloader
from desktop.ui.sync import texts
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.sync.join_dialog import JoinTeamDialog

EXPORT_TABLES = {"bundle_receipt", "local_state"}


class OutboxPanel(QGroupBox):
    """``message(str)`` carries one translated line for the page's results list."""

    message = Signal(str)
    stateChanged = Signal()  # a new state was read (team joined, export done, unsent count moved)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("outbox")
        self.state: Outbox | None = None
        self.exporting = False
        self.team_label, self.unsent_label = QLabel(self), QLabel(self)
        self.last_label, self.where_label = QLabel(self), QLabel(self)
        self.key_label = QLabel(self)  # the fingerprint the coordinator compares before approving
        self.clock_label = QLabel(self)  # this computer's date is behind what is recorded here
        self.clock_label.setObjectName("clock_behind")
        self.clock_label.setWordWrap(True)
        self.key_label.setObjectName("own_fingerprint")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.team_label, self.last_label, self.where_label):
            label.setWordWrap(True)
        font = self.unsent_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.unsent_label.setFont(font)
        self.join_button, self.export_button, self.open_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.join_button.clicked.connect(self.join_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        self.open_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.join_button, self.export_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for label in (self.team_label, self.unsent_label, self.clock_label, self.last_label, self.where_label,
                      self.key_label):
            layout.addWidget(label)
        layout.addLayout(buttons)
        # Read on the DB worker, on every data change: the page must not stand still after each autosave.
        self.reader = Reloader(ctx, self, outbox, self._loaded)
        ctx.events.changed.connect(lambda _tables: self.refresh())
        ctx.language.digitsChanged.connect(lambda _d: self.retranslate())
        self.retranslate()
        self.refresh()

    # --- state -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reader.request()

    def _loaded(self, state: Outbox) -> None:
        self.state = state
        self.retranslate()
        self.stateChanged.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Send your work"))
        self.join_button.setText(self.tr("&Join a team…"))
        self.export_button.setText(self.tr("&Export bundle…"))
        self.open_button.setText(self.tr("&Open the folder"))
        self.export_button.setAccessibleName(self.tr("Export bundle"))
        self.open_button.setAccessibleName(self.tr("Open the folder of the last bundle"))
        st = self.state
        if st is None:
            return
        fmt = self.ctx.language
        self.team_label.setText(
            self.tr("This laptop is in a team: bundles you export go to its coordinators.") if st.in_team
            else self.tr("This laptop works alone. Join a team to send your work; everything recorded so "
                         "far goes in the first bundle."))
        self.unsent_label.setText(self.tr("Unsent changes: %1").replace("%1", fmt.format_number(st.unsent)))
        self.clock_label.setText(self.tr(
            "This computer's clock is more than a day behind changes recorded here (dated up to %1), so they "
            "cannot be sent yet. If its date and time are wrong, set them right. If they are right, the date "
            "was set ahead when those changes were recorded: the centre refuses them until then; tell your "
            "coordinator.").replace(
                "%1", fmt.format_date(st.clock_behind_until)) if st.clock_behind_until is not None else "")
        self.clock_label.setVisible(st.clock_behind_until is not None)
        if st.last_export_at is not None and st.last_export_range is not None:
            self.last_label.setText(self.tr("Last bundle: %1 (changes %2 to %3)")
                                    .replace("%1", fmt.format_datetime(st.last_export_at.astimezone()))
                                    .replace("%2", fmt.format_number(st.last_export_range[0]))
                                    .replace("%3", fmt.format_number(st.last_export_range[1])))
        else:
            self.last_label.setText(self.tr("No bundle exported yet."))
        # A folder path reads left to right in every language: isolated, its slashes stay in place.
        self.where_label.setText(self.tr("Saved in: %1").replace("%1", f"\u2066{st.last_export_folder}\u2069")
                                 if st.last_export_folder else "")
        self.where_label.setVisible(bool(st.last_export_folder))
        # A fingerprint is Latin hex read left to right: isolated, its groups keep their order.
        self.key_label.setText(self.tr("This laptop's key fingerprint: %1").replace(
            "%1", f"\u2066{st.key_fingerprint}\u2069") if st.in_team and st.key_fingerprint else "")
        self.key_label.setVisible(bool(self.key_label.text()))
        self.join_button.setVisible(not st.in_team)
        self.export_button.setEnabled(st.in_team and not self.exporting)  # one export at a time
        self.export_button.setToolTip("" if st.in_team else self.tr("Join a team first."))
        self.open_button.setEnabled(bool(st.last_export_folder) and Path(st.last_export_folder).is_dir())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- actions -------------------------------------------------------------------------------------

    def join_dialog(self) -> JoinTeamDialog:
        dialog = JoinTeamDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.message.emit(
            self.tr("This laptop has joined the team. Export a bundle to send your work.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_dialog(self) -> None:
        st = self.state or outbox(self.ctx.store)
        folder = default_export_folder(st.last_export_folder)
        # No "replace it?" question: a bundle never replaces another (export_bundle refuses, with a
        # translated line), since the file there may not have been sent yet.
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), str(folder / st.next_name),
            self.tr("Majlis bundles (*.majlis);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.export_to(Path(with_bundle_suffix(path)))

    def export_to(self, path: Path) -> None:
        store = self.ctx.store
        self.exporting = True
        self.export_button.setEnabled(False)

        def work(token: Any, progress: Any) -> Any:
            result = export_bundle(store, path)
            if result is not None:
                store.set_state(LAST_EXPORT_FOLDER, str(result.path.parent))
            return result

        self.ctx.tasks.run(work, on_done=lambda result: self._exported(result, path), on_error=self._failed)

    def _exported(self, result: Any, path: Path) -> None:
        self.exporting = False
        if result is None:
            self.message.emit(self.tr("Nothing to export: no new changes since the last bundle."))
        else:
            self.message.emit(self.tr("Bundle written: {name} ({count} changes)").format(
                name=result.path.name, count=self.ctx.language.format_number(result.change_count)))
        self.ctx.events.changed.emit(set(EXPORT_TABLES))  # the unsent count here and in the status bar
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.exporting = False
        self.message.emit(self.tr("Failed: {reason}").format(reason=texts.error_message(exc)))
        self.refresh()

    def open_folder(self) -> bool:
        folder = self.state.last_export_folder if self.state else ""
        return bool(folder) and QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
