"""The Sync page's team key file: chosen in a file dialog, read on the DB worker (a slow USB stick stood
the window still while it was read on the UI thread), a protected one's passphrase asked for once per
session and never kept; what an import of the page uses to open bundles.

A part of :class:`desktop.ui.sync.page.SyncPage` (a mixin: the page's tests and panels reach these as
the page's own); its words are the page's, in the SyncPage translation context (written out, so that lupdate finds
them under it).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop.sync.keys import Identity
from desktop.ui.context import AppContext
from desktop.ui.sync import texts
from desktop.ui.sync.import_run import Chosen, ImportRun, KeyRead, nothing_imported, read_key_file
from desktop.ui.sync.key_passphrase import open_protected_key
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.sync.team_updates import TeamUpdates
from desktop.ui.widgets.busy import BusyState

IDENTITY_STATE = "sync_identity_file"  # a path, never the key itself


class TeamKeyChoice:
    """The team key file of the Sync page (see the module's note). What it uses of the page:"""

    ctx: AppContext
    results: ResultsLog
    team_updates: TeamUpdates
    import_button: QPushButton
    folder_button: QPushButton
    key_button: QPushButton
    key_reading: BusyState
    identity_path: Path | None
    _opened_key: tuple[Path, list[Identity]] | None
    _token: Any
    _waiting_import: tuple[Chosen, str] | None
    _stopping: Callable[[], bool]
    _imported: Callable[[ImportRun], None]
    _import_chosen: Callable[[Chosen, str], bool]
    _say_failure: Callable[[BaseException], None]
    retranslate: Callable[[], None]

    def _as_widget(self) -> QWidget:
        """The page, as the parent of the dialogs asked here."""
        assert isinstance(self, QWidget)
        return self

    def _initial_identity(self) -> Path | None:
        stored = self.ctx.store.get_state(IDENTITY_STATE) or os.environ.get("MAJLIS_IDENTITY_FILE", "")
        return Path(stored) if stored else None

    def choose_key(self) -> bool:
        """A key file chosen in the file dialog, then read on the DB worker (a slow USB stick stood the
        window still while it was read here) with the busy look; a protected one's passphrase is then
        asked for. Whether a file was chosen (its key is the page's once read; a cancelled passphrase
        keeps the key chosen before)."""
        path, _ = QFileDialog.getOpenFileName(
            self._as_widget(), QCoreApplication.translate("SyncPage", "Team key file"), "",
            QCoreApplication.translate("SyncPage", "Key files (*)"))
        if not path:
            return False
        return self._read_key(Path(path))

    def _read_key(self, path: Path) -> bool:
        """Read the key file at ``path`` on the DB worker, as the page's one job; ``_key_read`` then."""
        if self._token is not None:
            return False
        self._token = self.ctx.tasks.run(lambda token, progress: read_key_file(path), on_done=self._key_read,
                                         on_error=self._key_read_failed)
        self._key_busy(True)
        return True

    def _key_busy(self, busy: bool) -> None:
        """While the key file is read: the buttons that start a job greyed, and the busy look after 300 ms."""
        self._job_running(busy)
        (self.key_reading.begin if busy else self.key_reading.end)()

    def _job_running(self, busy: bool) -> None:
        """The page's one job (an import, a key file read) started or ended: the buttons that start one
        greyed or not, the team updates idle or not, the job's token let go at its end."""
        if not busy:
            self._token = None
        for button in (self.import_button, self.folder_button, self.key_button):
            button.setEnabled(not busy)
        self.team_updates.set_idle(not busy)

    def _key_read(self, read: KeyRead) -> None:
        waiting, self._waiting_import = self._waiting_import, None
        if self._stopping():  # the window is closing: no passphrase asked for, nothing imported
            self.key_reading.end()
            if waiting is not None:
                self._imported(nothing_imported(waiting[0]))  # ends the job as a cancelled import does
            else:
                self._key_busy(False)
            return
        self._key_busy(False)
        if waiting is None and read.error is not None:
            # Chosen, and it is no key (the team file, a bundle, a folder, unreadable): said now, in one
            # line, not at the next import; the key chosen before stays.
            error = read.error
            self.results.say(lambda: QCoreApplication.translate("SyncPage", "Team key file: {reason}").format(
                reason=texts.error_message(error)))
            return
        if read.sealed is not None and self._opened_key_for(read.path) is None:
            opened = open_protected_key(read.path, self._as_widget(), read.sealed)  # team key export's default
            if opened is None:  # cancelled: the key chosen before stays
                if waiting is not None:
                    self.results.say(lambda: QCoreApplication.translate("SyncPage",
                        "Team key file: its passphrase was not given, so no bundle was imported."))
                    self.team_updates.apply_team_updates(waiting[0].updates, first=waiting[0].first)
                return
            self.set_identity_path(read.path)
            self._opened_key = (read.path, opened)
        elif read.path != self.identity_path:
            self.set_identity_path(read.path)
        if waiting is not None:
            self._import_chosen(waiting[0]._replace(key=read), waiting[1])

    def _key_read_failed(self, exc: BaseException) -> None:
        self._waiting_import = None
        self._key_busy(False)
        self._say_failure(exc)

    def set_identity_path(self, path: Path) -> None:
        self.identity_path = path
        self._opened_key = None  # a protected key's identities are kept for this session only, never its passphrase
        self.ctx.store.set_state(IDENTITY_STATE, str(path))
        self.retranslate()

    def _opened_key_for(self, path: Path | None) -> list[Identity] | None:
        """The identities of the protected key file at ``path``, opened this session; None when not."""
        if path is not None and self._opened_key is not None and self._opened_key[0] == path:
            return self._opened_key[1]
        return None

    def _key_file_identities(self, path: Path, read: KeyRead | None) -> list[Identity] | None:
        """The identities of the chosen key file, ``read`` on the DB worker: a protected one opened once per
        session with its passphrase (asked for here when not yet given; None when cancelled), a plain one
        read each time. Raises the read's error (unreadable, not a key file)."""
        opened = self._opened_key_for(path)
        if opened is not None:
            return opened
        assert read is not None and read.path == path
        if read.error is not None:
            raise read.error
        if read.sealed is None:
            return read.identities
        opened = open_protected_key(path, self._as_widget(), read.sealed)
        if opened is not None:
            self._opened_key = (path, opened)
        return opened
