"""The Sync screen, by role: a facilitator sends (join, unsent count, export, where it went); a
coordinator also receives (import by dialog or drag and drop, team key, devices and gaps, conflicts)
and publishes team updates (codebook, consent forms) that the laptops apply here.

Imports run on the task runner, file by file (each file atomic), with a progress bar and a Cancel
button that stops between files (bundle_imports.py). Every rule lives in desktop.sync; this page only
asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.change_set import Touched
from desktop.sync.centre_view import CentreView, read_centre_view
from desktop.sync.importer import ImportOutcome
from desktop.sync.keys import Identity
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, Reloader
from desktop.ui.page_base import Page
from desktop.ui.sync import closed_import, texts
from desktop.ui.sync.bundle_imports import BundleImports
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.conflicts_panel import ConflictsPanel
from desktop.ui.sync.dropped_files import dropped_paths, taken
from desktop.ui.sync.import_run import Chosen
from desktop.ui.sync.import_summary import ImportSummary
from desktop.ui.sync.join_dialog import JoinTeamDialog
from desktop.ui.sync.key_choice import IDENTITY_STATE as IDENTITY_STATE  # tests and panels take it from here
from desktop.ui.sync.outbox_panel import OutboxPanel
from desktop.ui.sync.page_scroll import scrolled
from desktop.ui.sync.receive_box import ReceiveBox
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.sync.roster_panel import RosterPanel
from desktop.ui.sync.team_updates import TeamUpdates, Work
from desktop.ui.tasks import CancelToken
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.focus_returns import FocusReturns
from desktop.ui.widgets.save_files import shown_path


class SyncPage(BundleImports, Page):
    key = "sync"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self._token: CancelToken | None = None
        self._closing = False  # the window is closing: the import is stopped and its tally kept
        self._kept_for_close = self._close_cancelled = False
        self.last_outcomes: list[ImportOutcome] = []
        self.outbox = OutboxPanel(ctx, self)
        self.export_button, self.join_button = self.outbox.export_button, self.outbox.join_button
        # The coordinator's half: built and laid out in its own module, its widgets named here.
        self.receiving = receiving = ReceiveBox(ctx, self)
        self.receive_box = receiving.box
        self.import_button, self.key_button = receiving.import_button, receiving.key_button
        self.folder_button, self.cancel_button = receiving.folder_button, receiving.cancel_button
        self.progress, self.progress_row, self.waits_note = receiving.progress, receiving.progress_row, receiving.waits_note
        self.key_label, self.drop_hint, self.import_summary = receiving.key_label, receiving.drop_hint, receiving.import_summary
        self.second_note = receiving.second_note
        self.devices_label, self.devices_model = receiving.devices.label, receiving.devices.model
        self.devices_view, self.devices_sorted = receiving.devices.view, receiving.devices.sorted
        self.devices_status = receiving.devices.status
        self.results = ResultsLog()  # its lines follow a language change
        # A laptop applies the centre's team updates, the centre publishes them (one job at a time).
        self.team_updates = TeamUpdates(ctx, self.outbox, self.results, self._start_job, self)
        self.update_button, self.publish_button = self.team_updates.update_button, self.team_updates.publish_button
        self.team_updates.applied.connect(self._updates_applied)
        self.summary = ImportSummary(ctx, self, self.import_summary, self.results, self.team_updates,
                                     receiving.show_problems)
        self.summary.takes_revoked = lambda: not self._second_coordinator  # the roster's Take button is here
        self.results_label = QLabel()
        self.results_label.setBuddy(self.results)
        # A refusal or a run's summary is longer than the list is wide: wrapped, not cut off behind a
        # sideways scroll bar.
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._holds_team_key = False  # the centre keeps the team key in its database
        self._second_coordinator = False  # a laptop the centre's roster names a coordinator: it merges too
        self._opened_key: tuple[Path, list[Identity]] | None = None  # a protected key file, opened (memory only)
        # A resolution's own failure handler: one that failed mid-import must not end the import's
        # busy state (Cancel greyed, a second import let in beside the first).
        self.conflicts = ConflictsPanel(ctx, self.results, self.refresh, self._say_failure)
        self.conflicts_view, self.conflicts_model = self.conflicts.view, self.conflicts.model
        self.resolve_button = self.conflicts.resolve_button
        receiving.lay_out(self.conflicts)
        self.roster_panel = RosterPanel(ctx, self)
        # An approved laptop's bundles were applied: its row, its ranges and any conflicts appear.
        self.roster_panel.decided.connect(self.refresh)
        self.roster_panel.held_decided.connect(self.summary.held.decided)
        # A team update that put a device on a second coordinator's roster applied its held bundles: said so.
        self.team_updates.released.connect(self.summary.held.approved)
        receiving.add_last(self.roster_panel)
        for listing in (self.devices_view, self.conflicts_view, self.results):
            # Room for a few rows whatever else the page holds, and a scroll bar for the rest.
            listing.setMinimumHeight(listing.fontMetrics().height() * 9)
        self.scroller = scrolled(self)
        content = QWidget(self.scroller.viewport())  # made where it is shown (page_scroll says why)
        layout = QVBoxLayout(content)
        layout.addWidget(self.outbox)
        layout.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.team_updates.key_export.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.team_updates.new_key, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.receive_box, 3)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results, 1)
        self.scroller.setWidget(content)
        FocusReturns(self)  # a button greyed while its work ran gets the keyboard back (it went on to the next)

        self.outbox.message.connect(self.results.say)
        self.ctx.language.digitsChanged.connect(self.results.say_again)  # counts in the digits chosen
        self.ctx.language.digitsChanged.connect(self.devices_model.say_again)
        self.import_button.clicked.connect(self.import_dialog)
        self.folder_button.clicked.connect(self.import_folder_dialog)
        self.key_button.clicked.connect(self.choose_key)
        self.cancel_button.clicked.connect(self.cancel)
        self.identity_path = self._initial_identity()
        self.receive_box.setVisible(False)  # until the worker says this is the centre
        self.busy = BusyState(self)
        # A key file on a slow USB stick is read on the DB worker: the page says so after 300 ms.
        self.key_reading = BusyState(self, words=lambda: self.tr("Reading the team key file…"))
        # An import waiting for the key file being read (chosen when it was needed, or read again).
        self._waiting_import: tuple[Chosen, str] | None = None
        self.central = Reloader(ctx, self, read_centre_view, self._central_loaded, self.busy)
        self.team_updates.published.connect(self.central.request)  # the next name has the next number
        # Conflicts closed on another page (a withdrawal's erasure closes those over the words it erased):
        # the list, read before, kept showing the erased words until the next import.
        self.ctx.events.changed.connect(self._data_changed)
        self.retranslate()
        self._say_closed_import()
        self.refresh()

    # --- texts ---------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self.progress.relabel()
        self._say_devices()
        # The devices' headers and "(this computer)" in the language now chosen (a read of the same
        # devices no longer lays the table out again).
        if self.devices_model.reports:
            self.devices_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                      self.devices_model.columnCount() - 1)
            self.devices_model.say_again()
            self._fit_device_columns()
            # Again once the switch is over: the language manager sets the new font and direction after
            # the language-change events, so the fit above measured the new words in the old font ("(this
            # computer)" cut with "…" in ar and ckb).
            QTimer.singleShot(0, self, self._fit_device_columns)
        self.summary.retranslate()
        self.receive_box.setTitle(self.tr("Receive and merge (coordinator)"))
        self.import_button.setText(self.tr("&Import bundles…"))
        self.folder_button.setText(self.tr("Import a folder…"))
        self.team_updates.retranslate()
        self.key_button.setText(self.tr("Team &key file…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        if self._second_coordinator:  # no publishing or approving here; team updates are applied here
            self.waits_note.setText(self.tr(
                "Exporting a bundle, applying a team update and resolving a conflict wait until the import has "
                "finished."))
        else:
            self.waits_note.setText(self.tr(
                "Exporting a bundle, publishing a team update, approving or rejecting a device and resolving a "
                "conflict wait until the import has finished."))
        self.second_note.setText(self.tr(
            "The centre's roster names this laptop a coordinator: bundles are merged here with the team key file "
            "exported at the centre. Laptops are approved at the centre; a bundle of a laptop that no team update "
            "has named yet waits here until one does."))
        self.drop_hint.setText(self.tr("Drop bundle files or a folder (a USB stick) here to import them, whatever "
                                       "their name."))
        self.devices_label.setText(self.tr("&Devices and changes received:"))
        self.conflicts.retranslate()
        self.results_label.setText(self.tr("Res&ults:"))
        self.results.set_empty_text(self.tr(
            "What each bundle exported or imported and each team update did is listed here."))
        if self.identity_path:
            key_text = self.tr("Team key: {path}").format(path=shown_path(self.identity_path.name))
        elif self._holds_team_key:
            key_text = self.tr("Team key: kept in this database")
        else:
            key_text = self.tr("Team key: none chosen (needed to import)")
        self.key_label.setText(key_text)
        names = {
            self.import_button: self.tr("Import bundles"), self.key_button: self.tr("Choose team key file"),
            self.folder_button: self.tr("Import a folder of bundles"),
            self.cancel_button: self.tr("Cancel import"),
            self.progress: self.tr("Import progress"),
            self.results: self.tr("Import results"), self.devices_view: self.tr("Devices"),
            self.import_summary: self.tr("What the last import did"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def refresh(self) -> None:
        """Everything is read on the DB worker (devices and conflicts took a second at the centre)."""
        self.outbox.refresh()
        self.central.request()

    def _central_loaded(self, found: CentreView | None) -> None:
        # Facilitators see only what they do: send. The centre also receives, and so does a second
        # coordinator's laptop (the centre's roster, carried in a team update, names it a coordinator);
        # approving laptops and publishing team updates stay at the centre.
        self.receive_box.setVisible(found is not None)
        centre = found is not None and found.centre
        self.team_updates.set_role(centre, found.next_update_name if found else "")
        if found is None:
            return
        second = not found.centre
        self.second_note.setVisible(second)
        self.roster_panel.setVisible(not second)
        if second != self._second_coordinator:
            self._second_coordinator = second
            self.retranslate()
        if found.holds_team_key != self._holds_team_key:
            self._holds_team_key = found.holds_team_key
            self.retranslate()
        if self.receiving.devices.set_reports(found.reports):
            self._fit_device_columns()
        self._say_devices()
        self.conflicts.set_conflicts(found)
        if found.centre:
            self.roster_panel.refresh()

    def _data_changed(self, tables: object) -> None:
        if isinstance(tables, set | frozenset) and "conflict" in tables:
            self.central.request()

    def _fit_device_columns(self) -> None:
        self.receiving.devices.fit_columns()

    def _say_devices(self) -> None:
        fmt = self.ctx.language.format_number
        devices, missing, silent = self.devices_model.tally()
        self.devices_status.setText(self.tr(
            "Devices on the roster: {devices}; with changes missing: {missing}; nothing received yet: {silent}."
        ).format(devices=fmt(devices), missing=fmt(missing), silent=fmt(silent)))

    def is_loaded(self) -> bool:
        """Both halves have shown what the worker read, and no read is on its way."""
        readers = (self.outbox.reader, self.central)
        return all(r.loads and not r.reading for r in readers)

    def is_coordinator_view(self) -> bool:
        return self.receive_box.isVisibleTo(self)

    # --- export (the facilitator's panel does it) -------------------------------------------------

    def export_dialog(self) -> None:
        self.outbox.export_dialog()

    def export_to(self, path: Path) -> None:
        self.outbox.export_to(path)

    def join_dialog(self) -> JoinTeamDialog:
        return self.outbox.join_dialog()

    # --- the one job (an import, or team updates being applied) -------------------------------------

    def _start_job(self, work: Work, on_done: Callable[[Any], None]) -> bool:
        """The team updates' work run as the page's one job; ``on_done`` once the page is idle again."""
        if self._token is not None:
            return False

        def done(result: Any) -> None:
            self._busy(False)
            on_done(result)

        self._token = self.ctx.tasks.run(work, on_done=done, on_error=self._failed)
        self.progress.setRange(0, 0)  # busy, counting nothing: not the last import's bar (3 of 6 files)
        self._busy(True)
        return True

    def _updates_applied(self, changes: Touched) -> None:
        self.refresh()  # ``changes`` passed on whole: imported and the sessions, for an open session editor
        self.ctx.events.changed.emit(changes)

    def _say_closed_import(self) -> None:
        """An import stopped by the last close: read (and cleared) on the DB worker, then said beside
        the Import button and in Results."""
        CollectionOp.on_store(self.ctx, closed_import.take).success(self.summary.show_closed).run_in_background()

    def _say_failure(self, exc: BaseException) -> None:
        self.results.say(partial(texts.failed, exc))

    def _busy(self, busy: bool) -> None:
        self._job_running(busy)
        # They ran on the same DB worker, behind the import: pressed, nothing seen for its length.
        for panel in (self.outbox, self.roster_panel, self.conflicts):
            panel.set_held(busy)
        self.cancel_button.setEnabled(busy)
        self.progress_row.setVisible(busy)  # when done, the results list below says what happened
        self.waits_note.setVisible(busy)

    # --- drag and drop (dropped_files says what the page takes) -------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if taken(dropped_paths(event), coordinator=self.is_coordinator_view()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        takes = taken(paths, coordinator=self.is_coordinator_view())
        if takes:
            event.acceptProposedAction()
            if not self.import_paths(paths, dropped=True, searching=takes == "folder"):
                # An import runs (one at a time): a second stick dropped now was taken and forgotten, unsaid.
                line = self.results.say(lambda: self.tr(
                    "The files dropped were not taken: an import is running. Drop them again once it has finished."))
                self.results.scrollToItem(line)

    # --- conflicts (their panel resolves them) -----------------------------------------------------

    def resolve_selected(self) -> ConflictDialog | None:
        return self.conflicts.resolve_selected()
