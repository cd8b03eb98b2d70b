"""The Sync screen, by role: a facilitator sends (join, unsent count, export, where it went); a
coordinator also receives (import by dialog or drag and drop, team key, devices and gaps, conflicts)
and publishes team updates (codebook, consent forms) that the laptops apply here.

Imports run on the task runner, file by file (each file atomic), with a progress bar and a Cancel
button that stops between files. Every rule lives in desktop.sync; this page only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.change_set import Touched
from desktop.sync import touched_sessions
from desktop.sync.centre_view import CentreView, read_centre_view
from desktop.sync.errors import BundleError
from desktop.sync.importer import ImportOutcome
from desktop.sync.keys import Identity
from desktop.sync.team import team_identities
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, Reloader
from desktop.ui.page_base import Page
from desktop.ui.sync import arrived_erasure, closed_import, texts
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.conflicts_panel import ConflictsPanel
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.sync.dropped_files import dropped_paths, taken
from desktop.ui.sync.import_report import ImportTally
from desktop.ui.sync.import_run import Chosen, ImportRun, merging, read_key_file, run_import, sort_chosen
from desktop.ui.sync.import_summary import ImportSummary
from desktop.ui.sync.join_dialog import JoinTeamDialog
from desktop.ui.sync.key_choice import IDENTITY_STATE as IDENTITY_STATE  # tests and panels take it from here
from desktop.ui.sync.key_choice import TeamKeyChoice
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

IMPORT_FOLDER_STATE = "sync_last_import_folder"  # where the last import dialog found its bundles
# A bundle import writes through SQLAlchemy Core in bulk (for speed), past the ORM flush hook that
# collects change sets, so it announces the synced tables itself, with the sessions its outcomes name.
TOUCHED = {"session", "transcript_turn", "participant", "consent_record", "coded_segment", "code"}


class SyncPage(TeamKeyChoice, Page):
    key = "sync"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self._token: CancelToken | None = None
        self._closing = False  # the window is closing: the import is stopped and its tally kept
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
        receiving.add_last(self.roster_panel)
        for listing in (self.devices_view, self.conflicts_view, self.results):
            # Room for a few rows whatever else the page holds, and a scroll bar for the rest.
            listing.setMinimumHeight(listing.fontMetrics().height() * 9)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.outbox)
        layout.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.team_updates.key_export.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.receive_box, 3)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results, 1)
        self.scroller = scrolled(self, content)
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
        if self.devices_model.set_reports(found.reports):
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

    # --- import ----------------------------------------------------------------------------------

    def _import_start(self) -> str:
        """Where the import dialogs open: a plugged-in USB stick, else the folder imported from last,
        else Documents (not the folder the program was started in)."""
        return str(default_export_folder(self.ctx.store.get_state(IMPORT_FOLDER_STATE) or ""))

    def import_dialog(self) -> None:
        # All files first: messaging apps rename bundles (x.majlis (1), x.bin); content decides.
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), self._import_start(),
            self.tr("All files (*);;Majlis bundles (*.majlis)")
        )
        if paths:
            self.import_paths([Path(p) for p in paths], from_folder=str(Path(paths[0]).parent))

    def import_folder_dialog(self) -> None:
        """A folder (a USB stick) chosen: the bundles in it and its folders are imported, as when it is dropped."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of bundles"), self._import_start())
        if folder:
            self.import_paths([Path(folder)], from_folder=folder, searching=True)

    def import_paths(self, paths: list[Path], *, from_folder: str = "", dropped: bool = False,
                     searching: bool = False) -> bool:
        """Import ``paths`` (files, or folders searched for bundles); ``from_folder``: where a dialog
        found them, where the next dialog opens; ``dropped``: dragged onto the page (what is neither a
        bundle nor a folder is passed over); ``searching``: a folder is among them (the bar says so).

        Each file goes by what it is, read from its first bytes on the DB worker (two hundred bundles on
        a slow USB stick stood the window still while they were read here), with the import's progress
        bar and Cancel; then, back here, the team key is asked for if needed and the import runs.
        Whether it started: False while an import runs, or with no paths."""
        if self._token is not None or not paths:
            return False
        store, coordinator = self.ctx.store, self.is_coordinator_view()
        # Not read yet (a bundle opened with the app, files dropped in its first moment): the database
        # is asked, not a person for a key file the database already holds.
        ask_store = self.identity_path is None and not self.central.loads
        # The key file chosen is read here too, off the UI thread (a protected one opened this session is not).
        key_path = None if self._opened_key_for(self.identity_path) is not None else self.identity_path

        def look(token: CancelToken, progress: Any) -> Chosen:
            chosen = sort_chosen(paths, dropped=dropped, coordinator=coordinator, cancelled=lambda: token.cancelled)
            if coordinator and key_path is not None and chosen.files and not token.cancelled:
                chosen = chosen._replace(key=read_key_file(key_path))
            chosen = merging(chosen, store)  # the database says, not the widgets shown
            return chosen._replace(holds_team_key=bool(team_identities(store))) if ask_store else chosen

        self._token = self.ctx.tasks.run(look, on_done=partial(self._chosen_sorted, from_folder),
                                         on_error=self._failed)
        self.progress.start(len(paths), searching=searching, sorting=True, stopping=self._stopping)
        self._busy(True)
        return True

    def _chosen_sorted(self, from_folder: str, chosen: Chosen) -> None:
        if self._stopping():  # cancelled (or the window closing) while the files were looked at
            self._imported(ImportRun(0, []))  # "cancelled before any file was read", as in a folder's search
            return
        self.progress.finish(show_last=False)
        self._busy(False)
        if chosen.holds_team_key is not None and not self.central.loads:
            self._holds_team_key = chosen.holds_team_key
        self._import_chosen(chosen, from_folder)

    def _import_chosen(self, chosen: Chosen, from_folder: str) -> bool:
        # Each file goes by what it is: team updates are applied (signed, not encrypted: no team key
        # needed), bundles imported.
        paths, updates = chosen.files, chosen.updates
        if paths and not chosen.merges:
            # A field laptop, or one in no team (a bundle opened with the app, dropped, chosen): its team updates
            # are applied, each bundle said in one line why it is not merged here; no team key is asked for.
            return self.team_updates.apply_team_updates(updates, not_here=paths, why=chosen.not_merged,
                                                        empty=chosen.empty)
        if not paths or (updates and not self.is_coordinator_view()):
            # A laptop applies the team updates; a bundle of changes beside them is the centre's to import.
            return self.team_updates.apply_team_updates(updates, not_here=paths, empty=chosen.empty)
        # At the centre the team key is kept in the database: a key file is needed only without it.
        identities = []
        if self.identity_path is None and not self._holds_team_key:
            self._waiting_import = (chosen, from_folder)  # imported once the key file chosen is read
            if self.choose_key():
                return True
            self._waiting_import = None
            self.results.say(partial(texts.refusal, "no_identity", ""))
            return self.team_updates.apply_team_updates(updates)  # those need no key
        if self.identity_path is not None:
            key = chosen.key
            if self._opened_key_for(self.identity_path) is None and (key is None or key.path != self.identity_path):
                # Not read with the files (chosen meanwhile): read now, on the DB worker, then imported.
                self._waiting_import = (chosen, from_folder)
                return self._read_key(self.identity_path)
            try:
                opened = self._key_file_identities(self.identity_path, key)
            except BundleError as exc:
                error = exc
                self.results.say(lambda: self.tr("Team key file: {reason}").format(reason=texts.error_message(error)))
                return self.team_updates.apply_team_updates(updates)
            if opened is None:
                self.results.say(lambda: self.tr(
                    "Team key file: its passphrase was not given, so no bundle was imported."))
                return self.team_updates.apply_team_updates(updates)
            identities = opened
        store = self.ctx.store
        self.import_summary.setVisible(False)

        def work(token: CancelToken, progress: Any) -> ImportRun:
            if from_folder:  # here, on the DB worker: an export may be writing
                store.set_state(IMPORT_FOLDER_STATE, from_folder)
            return run_import(store, paths, updates, identities, token, progress)

        self._token = self.ctx.tasks.run(work, on_done=self._imported, on_error=self._failed,
                                         on_progress=self.progress.report)
        self.progress.start(len(paths), searching=chosen.folders, stopping=self._stopping)
        self._busy(True)
        return True

    # --- the one job (an import, or team updates being applied) -------------------------------------

    def _start_job(self, work: Work, on_done: Callable[[Any], None]) -> bool:
        """The team updates' work run as the page's one job; ``on_done`` once the page is idle again."""
        if self._token is not None:
            return False

        def done(result: Any) -> None:
            self._busy(False)
            on_done(result)

        self._token = self.ctx.tasks.run(work, on_done=done, on_error=self._failed)
        self._busy(True)
        return True

    def _updates_applied(self, changes: set[str]) -> None:
        self.refresh()
        self.ctx.events.changed.emit(changes)

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.relabel()  # says it stops after the file being read

    def _stopping(self) -> bool:
        return self._token is not None and self._token.cancelled

    def stop_import_for_close(self) -> bool:
        """The window is closing: stop a running import after the file being read (the caller then
        waits for it) and keep its tally for the next start (closed_import). Whether one was running."""
        if self._token is None:
            return False
        self._closing = True
        self.cancel()
        return True

    def _say_closed_import(self) -> None:
        """An import stopped by the last close: read (and cleared) on the DB worker, then said beside
        the Import button and in Results."""
        CollectionOp.on_store(self.ctx, closed_import.take).success(self.summary.show_closed).run_in_background()

    def _imported(self, run: ImportRun) -> None:
        cancelled = self._token is not None and self._token.cancelled
        self.progress.finish(show_last=True)
        self._busy(False)
        self.last_outcomes = outcomes = run.outcomes
        tally = ImportTally.of(outcomes, run.files, cancelled, run.stopped_by,
                               refused_updates=sum(u.status == "refused" for u in run.updates))
        if self._closing:
            closed_import.remember(self.ctx.store, tally)
        self.summary.report(tally, outcomes, run.updates)
        arrived_erasure.show(self.ctx, self, run.erased, self.results, note=self.summary.add_note)
        self.refresh()
        # The sessions the bundles wrote are named: an open coding window of another session is left
        # alone (it built its whole text again after every import).
        announced = Touched(TOUCHED, touched_sessions.union([o.sessions for o in outcomes]))
        announced.merge(run.changes)
        self.ctx.events.changed.emit(announced)

    def _failed(self, exc: BaseException) -> None:
        self.progress.finish(show_last=False)
        self._busy(False)
        self._say_failure(exc)

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
