"""The Sync page's import: bundles and team updates chosen in a file dialog, a folder (a USB stick) or
dropped on the page, looked at on the DB worker, the team key asked for if needed, then imported file by
file (each file atomic) with the progress bar and a Cancel button that stops between files; the tally
said at the end, or kept for the next start when the window closes meanwhile.

A part of :class:`desktop.ui.sync.page.SyncPage` (a mixin over the team key's, ``key_choice.py``: the
page's tests and panels reach these as the page's own); its words are the page's, in the SyncPage
translation context (written out, so that lupdate finds them under it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from desktop.core.change_set import Touched
from desktop.sync import touched_sessions
from desktop.sync.errors import BundleError
from desktop.sync.importer import ImportOutcome
from desktop.sync.team import team_identities
from desktop.ui.operations import CollectionOp, Reloader
from desktop.ui.sync import arrived_erasure, closed_import, texts
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.sync.import_progress import ImportProgress
from desktop.ui.sync.import_report import ImportTally
from desktop.ui.sync.import_run import (
    KEY_STEP,
    Chosen,
    ImportRun,
    SaidThenFailed,
    StoppedAfterUpdates,
    applied_first,
    nothing_imported,
    read_key_file,
    run_import,
    sort_chosen,
)
from desktop.ui.sync.import_summary import ImportSummary
from desktop.ui.sync.key_choice import TeamKeyChoice
from desktop.ui.tasks import CancelToken

IMPORT_FOLDER_STATE = "sync_last_import_folder"  # where the last import dialog found its bundles


class BundleImports(TeamKeyChoice):
    """The Sync page's import (see the module's note). What it uses of the page, beside the team key's:"""

    central: Reloader[Any]
    progress: ImportProgress
    cancel_button: QPushButton
    import_summary: QLabel
    summary: ImportSummary
    last_outcomes: list[ImportOutcome]
    _closing: bool
    _kept_for_close: bool  # the last run's tally was kept for the next start (the window was closing)
    _close_cancelled: bool  # the close was cancelled while the stopped import read its last file
    _holds_team_key: bool
    is_coordinator_view: Callable[[], bool]
    refresh: Callable[[], None]
    _busy: Callable[[bool], None]

    def _import_start(self) -> str:
        """Where the import dialogs open: a plugged-in USB stick, else the folder imported from last,
        else Documents (not the folder the program was started in)."""
        return str(default_export_folder(self.ctx.store.get_state(IMPORT_FOLDER_STATE) or ""))

    def import_dialog(self) -> None:
        # All files first: messaging apps rename bundles (x.majlis (1), x.bin); content decides.
        paths, _ = QFileDialog.getOpenFileNames(
            self._as_widget(), QCoreApplication.translate("SyncPage", "Import bundles"), self._import_start(),
            QCoreApplication.translate("SyncPage", "All files (*);;Majlis bundles (*.majlis)")
        )
        if paths:
            self.import_paths([Path(p) for p in paths], from_folder=str(Path(paths[0]).parent))

    def import_folder_dialog(self) -> None:
        """A folder (a USB stick) chosen: the bundles in it and its folders are imported, as when it is dropped."""
        folder = QFileDialog.getExistingDirectory(
            self._as_widget(), QCoreApplication.translate("SyncPage", "Import a folder of bundles"),
            self._import_start())
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
        self._close_cancelled = False  # a close cancelled earlier is not this run's to say
        store, coordinator = self.ctx.store, self.is_coordinator_view()
        # Not read yet (a bundle opened with the app, files dropped in its first moment): the database
        # is asked, not a person for a key file the database already holds.
        ask_store = self.identity_path is None and not self.central.loads
        # The key file chosen is read here too, off the UI thread (a protected one opened this session is not).
        key_path = None if self._opened_key_for(self.identity_path) is not None else self.identity_path

        def look(token: CancelToken, progress: Any) -> Chosen:
            def cancelled() -> bool:
                return token.cancelled

            chosen = sort_chosen(paths, dropped=dropped, coordinator=coordinator, cancelled=cancelled)
            # Whether bundles are merged here: the database says, not the widgets shown, once a laptop's
            # team updates among the files are applied (one may name it a coordinator).
            chosen = applied_first(chosen, store, paths, dropped=dropped, cancelled=cancelled)
            step = KEY_STEP
            try:
                if chosen.merges and key_path is not None and chosen.files and not token.cancelled:
                    chosen = chosen._replace(key=read_key_file(key_path))
                step = ""
                return chosen._replace(holds_team_key=bool(team_identities(store))) if ask_store else chosen
            except Exception as exc:  # the updates applied first are said with the failure, and where it stopped
                if chosen.first is None:
                    raise
                raise StoppedAfterUpdates(chosen.first, exc, step) from exc

        self._token = self.ctx.tasks.run(look, on_done=partial(self._chosen_sorted, from_folder),
                                         on_error=self._failed)
        self.progress.start(len(paths), searching=searching, sorting=True, stopping=self._stopping)
        self._busy(True)
        return True

    def _chosen_sorted(self, from_folder: str, chosen: Chosen) -> None:
        if self._stopping():  # cancelled (or the window closing) while the files were looked at
            self._imported(nothing_imported(chosen))  # "cancelled before any file was read", as in a folder's search
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
            return self.team_updates.apply_team_updates(updates, not_here=paths, why=chosen.not_merged, first=chosen.first,
                                                        empty=chosen.empty, sent=chosen.sent)
        if not paths or (updates and not self.is_coordinator_view()):
            # A laptop applies the team updates; a bundle of changes beside them is the centre's to import.
            return self.team_updates.apply_team_updates(updates, not_here=paths, empty=chosen.empty,
                                                        first=chosen.first, sent=chosen.sent)
        # At the centre the team key is kept in the database: a key file is needed only without it.
        identities = []
        if self.identity_path is None and not self._holds_team_key:
            self._waiting_import = (chosen, from_folder)  # imported once the key file chosen is read
            if self.choose_key():
                return True
            self._waiting_import = None
            self.results.say(partial(texts.refusal, "no_identity", ""))
            return self.team_updates.apply_team_updates(updates, first=chosen.first)  # those need no key
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
                self.results.say(lambda: QCoreApplication.translate("SyncPage", "Team key file: {reason}").format(
                    reason=texts.error_message(error)))
                return self.team_updates.apply_team_updates(updates, first=chosen.first)
            if opened is None:
                self.results.say(lambda: QCoreApplication.translate("SyncPage",
                    "Team key file: its passphrase was not given, so no bundle was imported."))
                return self.team_updates.apply_team_updates(updates, first=chosen.first)
            identities = opened
        store = self.ctx.store
        self.import_summary.setVisible(False)

        def work(token: CancelToken, progress: Any) -> ImportRun:
            try:
                if from_folder:  # here, on the DB worker: an export may be writing
                    store.set_state(IMPORT_FOLDER_STATE, from_folder)
            except Exception as exc:  # the database locked: the updates applied first are said with it
                if chosen.first is None:
                    raise
                raise StoppedAfterUpdates(chosen.first, exc) from exc
            return run_import(store, paths, updates, identities, token, progress, chosen.first)

        self._token = self.ctx.tasks.run(work, on_done=self._imported, on_error=self._failed,
                                         on_progress=self.progress.report)
        self.progress.start(len(paths), searching=chosen.folders, stopping=self._stopping)
        self._busy(True)
        return True

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

    def close_cancelled(self) -> None:
        """The close that stopped the import was cancelled (a save refused, the question answered Cancel):
        the window stays, so this page says the import stopped and how to go on, not the next start; an
        import run later in this window is no longer kept as one the close stopped."""
        self._closing = False
        if self._token is not None:  # still reading its last file past the close's wait: said when it ends
            self._close_cancelled = True
            return
        if self._kept_for_close:
            self._said_close_cancelled()

    def _said_close_cancelled(self) -> None:
        self._kept_for_close = self._close_cancelled = False
        CollectionOp.on_store(self.ctx, closed_import.take).run_in_background()  # not said again at the next start
        self.summary.close_cancelled()

    def _imported(self, run: ImportRun) -> None:
        cancelled = self._token is not None and self._token.cancelled
        self.progress.finish(show_last=True)
        self._busy(False)
        self.last_outcomes = outcomes = run.outcomes
        tally = ImportTally.of(outcomes, run.files, cancelled, run.stopped_by,
                               refused_updates=sum(u.status == "refused" for u in run.updates))
        if self._closing:
            closed_import.remember(self.ctx.store, tally)
            self._kept_for_close = True
        self.summary.report(tally, outcomes, run.updates)
        if self._close_cancelled:
            self._said_close_cancelled()
        arrived_erasure.show(self.ctx, self._as_widget(), run.erased, self.results, note=self.summary.add_note)
        self.refresh()
        # The sessions the bundles wrote are named: an open coding window of another session is left
        # alone (it built its whole text again after every import).
        # A bundle import writes through SQLAlchemy Core in bulk (for speed), past the ORM flush hook that
        # collects change sets: it says itself which tables its bundles wrote, and which sessions.
        announced = touched_sessions.announced(outcomes)
        announced.merge(run.changes)
        self.ctx.events.changed.emit(announced)

    def _failed(self, exc: BaseException) -> None:
        self.progress.finish(show_last=False)
        self._busy(False)
        if isinstance(exc, StoppedAfterUpdates):  # a laptop's team updates were applied before it failed
            first, cause, step = exc.first, exc.cause, exc.step
            self.team_updates.say(first.done.value + exc.said)  # then the other files' lines, if it had them
            arrived_erasure.show(self.ctx, self._as_widget(), first.erased, self.results)
            self.refresh()
            self.ctx.events.changed.emit(Touched(first.done.changes, first.done.changes.sessions, imported=True))
            # Then which file or step it stopped at, and why (it said only "Failed: …", as if nothing had been done).
            self.results.say(partial(texts.stopped_after_updates, cause, step == KEY_STEP))
            return
        if isinstance(exc, SaidThenFailed):  # a laptop's other files' lines first (not merged here, …)
            self.team_updates.say(exc.said)
            exc = exc.cause
        self._say_failure(exc)
