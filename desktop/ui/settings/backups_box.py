"""Settings → Backups: whether this database has a backup, when the latest was made, a button that
makes one, and one that opens their folder (to copy it to a USB stick).

The app itself never offered a backup: a facilitator with no IT helper at hand had none, and could
not even see whether one existed (only ``majlis-cli backup --list`` said so). The backup is the
same as ``majlis-cli backup``: encrypted with the passphrase, in ``<database>.backups`` beside the
database, the oldest dropped after ten. The passphrase is asked each time, as the erasure report's
rewrite of the backups asks it: the window does not keep it after the unlock.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton, QWidget

from desktop.core import backups
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.settings.action_box import ActionBox
from desktop.ui.widgets.environment_words import Advice, environment_reason, reason_of
from desktop.ui.widgets.path_label import PathLabel
from desktop.ui.widgets.save_files import shown_path


class BackupsBox(ActionBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("back_up_now", "backup_status", parent)
        self.ctx = ctx
        self.working = False
        self.summary.setObjectName("backups_summary")
        self.folder = PathLabel(backups.backup_dir(ctx.store.path), self)  # selectable, copied as it is
        # a long path goes on to a second line, not past the page's side
        self.button.clicked.connect(self.ask_passphrase)
        # The summary says to copy the folder to a USB stick: opened here, not searched for (on Windows
        # it lies in the hidden AppData folder).
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_backups_folder")
        self.open_button.clicked.connect(self.open_folder)
        # A backup put in place of this database (settings/restore_flow.py). Not on the demo: a throwaway
        # database with a random key asked of nobody, whose unlock window nobody could get past.
        self.restore_button = QPushButton(self)
        self.restore_button.setHidden(ctx.demo)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore)
        self.lay_out(self.folder, beside=(self.open_button, self.restore_button))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.button.setText(self.tr("&Back up now…"))
        self.button.setAccessibleName(self.tr("Back up now"))
        self.open_button.setText(self.tr("Open bac&kups folder"))
        self.restore_button.setText(QCoreApplication.translate("RestoreBackup", "&Restore from a backup…"))
        self.restore_button.setAccessibleName(QCoreApplication.translate("RestoreBackup", "Restore from a backup"))
        self.refresh()
        super().retranslate()

    def refresh(self) -> None:
        """What the backups folder holds now (a file listing: no database read)."""
        kept = backups.list_backups(self.ctx.store.path)
        self.open_button.setEnabled(backups.backup_dir(self.ctx.store.path).is_dir())  # none made yet: nothing to copy
        lm = self.ctx.language
        if not kept:
            self.summary.setText(self.tr(
                "No backup of this database yet. Make one now, and again after each day's work; "
                "copy the backups folder to a USB stick kept apart from the laptop."))
            return
        latest = dt.datetime.fromtimestamp(kept[-1].stat().st_mtime)
        text = self.tr("%n backup(s) kept; the latest made %1.", "", len(kept))
        self.summary.setText(lm.count_digits(text, len(kept)).replace("%1", lm.format_datetime(latest)))

    def open_folder(self) -> bool:
        """The backups folder in the system's file manager, to copy it to a USB stick."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups.backup_dir(self.ctx.store.path))))

    def restore(self) -> None:
        """Restore from a backup…: asked, checked, then the unlock window restores (restore_flow)."""
        if self.working:
            return
        from desktop.ui.settings.restore_flow import ask_and_restore

        ask_and_restore(self, self.ctx, self._say, self._set_working)

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.button.setEnabled(not working)
        self.restore_button.setEnabled(not working)

    def ask_passphrase(self) -> None:
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Back up now"), self.tr("The database passphrase (the backup is encrypted with it):"),
            QLineEdit.EchoMode.Password)
        if ok and passphrase:
            self.back_up(passphrase)
        elif ok:  # OK (or Enter) on an empty field: it did nothing, and said nothing
            self._say(lambda: self.tr("No backup was written: no passphrase was typed. Click Back up now again "
                                      "and type the database passphrase."))

    def back_up(self, passphrase: str) -> None:
        """Check the passphrase against the file, then copy the database, on the DB worker."""
        if self.working:
            return
        self.working = True
        self.button.setEnabled(False)
        self._say(lambda: self.tr("Writing the backup…"))

        def op(store: Store) -> Path:
            from desktop.core.db_rekey import check_passphrase

            # The file moved away meanwhile (a USB stick taken out) said as such, not as a disk error.
            store.check_file()
            # A passphrase typed wrong would make a backup nobody can open: refused first (the one the
            # store is open with, by the key it already holds: nothing derived again).
            check_passphrase(store, passphrase)
            return backups.backup(store.engine, store.path, passphrase)

        CollectionOp.on_store(self.ctx, op).success(self._written).failure(self._failed).run_in_background()

    def _written(self, path: Path) -> None:
        self.working = False
        self.button.setEnabled(True)
        self.refresh()
        self._say(lambda: self.tr("Backup written: %1").replace("%1", shown_path(path.name)))

    def _failed(self, exc: BaseException) -> None:
        """Why no backup was written, and what to do, in one line."""
        self.working = False
        self.button.setEnabled(True)
        self.refresh()
        code, reason = getattr(exc, "code", ""), reason_of(exc)
        if code == "wrong_passphrase":
            self._say(lambda: self.tr("Wrong passphrase: no backup was written."))
        elif reason == "not_a_folder":  # named: "the disk reported an error" named neither it nor a way on
            name = shown_path(backups.backup_dir(self.ctx.store.path).name)
            self._say(lambda: self.tr("No backup was written: a file named %1 stands where the backups folder "
                                      "goes, beside the database. Move or rename that file, then try again.")
                      .replace("%1", name))
        elif code == "environment" and reason not in ("", "backup_failed"):
            # The unlock window's words: each says what to do ("Free some space and try again").
            self._say(lambda: self.tr("No backup was written: %1").replace(
                "%1", environment_reason(exc, Advice.OPENING)))
        elif code:
            self._say(lambda: self.tr("No backup was written: the disk is full or reported an error. Free some "
                                      "space, then try again; if it happens again, ask whoever helps you."))
        elif isinstance(exc, OSError):  # the backups folder: write-protected
            self._say(lambda: self.tr("No backup was written: the backups folder beside the database cannot be "
                                      "written to. Ask whoever helps you to make it writable, then try again."))
        else:
            raise exc
