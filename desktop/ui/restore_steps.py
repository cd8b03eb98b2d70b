"""Restore from a backup…: the questions asked before a restore, and what it did, in the person's words.

Asked in this order, by Settings → Backups and by the unlock window of a damaged database: which
backup (a file dialog opened in the database's backups folder), whether to go on (what happens is
said plainly: the database in use is kept aside in that folder, the work since the backup is not in
the restored database, which opens with the passphrase the backup was made with), and that
passphrase. The restore itself is the core's (``desktop.core.restore_whole``), run on a thread
(``RestoreRun``); each way it can fail is one translated line, nothing having changed.
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.ui.widgets.asked_once import answer_of
from desktop.ui.widgets.environment_words import reason_of
from desktop.ui.widgets.plain_copy import plain_copies_in
from desktop.ui.widgets.save_files import shown_path

if TYPE_CHECKING:
    from desktop.core.backups import Restored
    from desktop.core.restore_whole import WholeRestore

KEPT_SUFFIX = "-before-restore.db"  # backups.KEPT_BY_RESTORE, named here without loading the store layer
_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})


def backups_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")  # backups.backup_dir


def choose_backup(parent: QWidget, db_path: Path) -> Path | None:
    """A backup file chosen in a file dialog opened in the database's backups folder (None: cancelled)."""
    folder = backups_folder(db_path)
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("RestoreBackup", "Restore from a backup"),
        str(folder if folder.is_dir() else db_path.parent),
        QCoreApplication.translate("RestoreBackup", "Majlis backups (*.db);;All files (*)"))
    return Path(chosen).absolute() if chosen else None


def confirmation(parent: QWidget, db_path: Path, backup: Path) -> QMessageBox:
    """What a restore does, said before it is done: Restore or Cancel (the default)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("RestoreBackup", "Restore from a backup"),
                      QCoreApplication.translate("RestoreBackup", "Restore the backup %1?").replace(
                          "%1", shown_path(backup.name)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate(
        "RestoreBackup",
        "The database in use is not deleted: it is kept aside in the backups folder %1, in a file whose name ends "
        "in -before-restore.db, so that you can go back to it. The work done since this backup was made is not "
        "in the restored database. The restored database opens with the passphrase the database had when the "
        "backup was made. Majlis closes the database while it restores, then asks for that passphrase.")
        .replace("%1", shown_path(backups_folder(db_path))))
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(QCoreApplication.translate("RestoreBackup", "&Restore"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return plain_copies_in(box)  # the backup's name, the backups folder copied without their marks


def confirmed(parent: QWidget, db_path: Path, backup: Path) -> bool:
    return answer_of(confirmation(parent, db_path, backup),
                     lambda _box, pressed: bool(pressed == QMessageBox.StandardButton.Yes))


def ask_passphrase(parent: QWidget) -> str | None:
    """The backup's passphrase ("" when OK was pressed on an empty field; None: cancelled)."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("RestoreBackup", "Restore from a backup"),
        QCoreApplication.translate(
            "RestoreBackup", "The passphrase of the backup (the one the database had when it was made):"),
        QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_all(parent: QWidget, db_path: Path, say: Callable[[Callable[[], str]], None]) -> tuple[Path, str] | None:
    """Which backup, whether to go on, its passphrase: (backup, passphrase), or None when cancelled at
    a step or OK was pressed on an empty passphrase (then ``say`` is given the line: said, not nothing)."""
    backup = choose_backup(parent, db_path)
    if backup is None:
        return None
    refused = no_backup(backup)
    if refused is not None:  # a PDF, a bundle, a key file chosen by mistake: said before Restore? and a passphrase
        say(lambda: failure_line(refused))
        return None
    if not confirmed(parent, db_path, backup):
        return None
    passphrase = ask_passphrase(parent)
    if passphrase is None:
        return None
    if not passphrase:
        say(no_passphrase_line)
        return None
    return backup, passphrase


def no_backup(path: Path) -> BaseException | None:
    """Why ``path`` is no backup, known by its first bytes without a passphrase (not there, a folder, a PDF,
    a workbook, a bundle, the team's key file, a file shorter than a page: ``majlis-cli restore`` refuses
    them so), or None when it may be one (only its passphrase tells)."""
    from desktop.core.errors import DatabaseMissing, NotADatabase
    from desktop.core.sqlcipher_file import refuse_other_files

    try:
        refuse_other_files(path)
    except (NotADatabase, DatabaseMissing, OSError) as exc:
        return exc
    return None


def no_passphrase_line() -> str:
    return QCoreApplication.translate(
        "RestoreBackup", "Nothing was restored: no passphrase was typed. Click Restore from a backup again and type "
        "the backup's passphrase.")


class NotAllCarried(Exception):
    """The backup was put in place, then carrying what the database replaced held from after it
    (erasures, consent withdrawals, records of exports) failed: the database is the backup's all the
    same, and "Nothing was restored" would be false (and would lead to restoring again)."""

    def __init__(self, restored: Restored, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.restored = restored
        self.cause = cause


def not_all_carried_line(exc: NotAllCarried) -> str:
    """The backup in place, what could not be carried into it, and what to do, in one translated line."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate(ctx, text)
    kept = exc.restored.kept
    if kept is None:
        text = translate("RestoreBackup", "The backup was restored, but the erasures and consent withdrawals "
                         "recorded since could not all be written into it. Do not restore again; ask whoever "
                         "helps you before you send anything to the centre.")
    else:
        text = translate("RestoreBackup", "The backup was restored, but the erasures and consent withdrawals "
                         "recorded after it could not all be carried into it: words erased since may be back. "
                         "Do not restore again: the database as it was before, which holds them, is kept in the "
                         "backups folder as %1. Ask whoever helps you to carry them over before you send "
                         "anything to the centre.").replace("%1", shown_path(kept.name))
    cause = exc.cause
    if reason_of(cause) == "disk_full" or isinstance(cause, OSError) and cause.errno in _FULL:
        text += " " + translate("RestoreBackup", "The disk is full: free some space first.")
    return text + " " + translate("RestoreBackup", "Enter the backup's passphrase to open it.")


def failure_line(exc: BaseException) -> str:
    """Why nothing was restored, in one translated line (the database is as it was)."""
    if isinstance(exc, NotAllCarried):  # not "nothing was restored": it was
        return not_all_carried_line(exc)
    code = getattr(exc, "code", "")
    reason = str(getattr(exc, "details", {}).get("reason", ""))
    translate = QCoreApplication.translate  # this name: lupdate reads translate(ctx, text)
    if code == "wrong_passphrase":
        return translate("RestoreBackup", "Nothing was restored: the passphrase does not open this backup. A backup made "
                  "before a passphrase change opens only with the passphrase the database had then.")
    if code == "damaged":
        return translate("RestoreBackup", "Nothing was restored: this backup is damaged (cut short or corrupted). Copy it "
                  "again from where it is kept, or choose another backup.")
    if code == "newer_database":
        return translate("RestoreBackup", "Nothing was restored: this backup was written by a newer version of Majlis. "
                  "Update Majlis to restore it.")
    if code == "not_a_database":
        return translate("RestoreBackup", "Nothing was restored: the file chosen is not a Majlis backup.")
    if code == "missing" or isinstance(exc, FileNotFoundError):
        return translate("RestoreBackup", "Nothing was restored: the backup file was not found. It may have been moved, or "
                  "the USB stick it is on taken out.")
    if reason in ("in_use", "being_replaced", "locked"):
        return translate("RestoreBackup", "Nothing was restored: another Majlis window or majlis-cli has this database "
                  "open. Close it, then try again.")
    if reason == "disk_full" or isinstance(exc, OSError) and exc.errno in _FULL:
        return translate("RestoreBackup", "Nothing was restored: the disk is full. Free some space, then try again.")
    if reason in ("read_only", "not_a_folder") or isinstance(exc, PermissionError):
        return translate("RestoreBackup", "Nothing was restored: the folder of the database or its backups folder cannot "
                  "be written to. Ask whoever helps you to make it writable, then try again.")
    if reason in ("path_too_long", "backup_path_too_long"):  # the copies beside it or in its backups folder
        return translate("RestoreBackup", "Nothing was restored: the database is in a folder whose path is too long "
                  "(too many folders, or long folder names) for the copies a restore makes beside it and in its "
                  "backups folder. Move the database to a folder with a shorter path, such as the Majlis data "
                  "folder, then try again.")
    if code == "store":  # the database itself, another device's database, …: said by the core, in English
        return translate("RestoreBackup", "Nothing was restored: the file chosen is not a backup of this database. Choose "
                  "one of its backups (in its backups folder).")
    return translate("RestoreBackup", "Nothing was restored: the disk reported an error. If it happens again, ask whoever "
              "helps you.")


def done_line(whole: WholeRestore) -> str:
    """What the restore did: the backup in place, the database replaced kept where, what stays there only."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate(ctx, text)
    text = translate("RestoreBackup", "The backup was restored.")
    if whole.kept is not None:
        text += " " + translate("RestoreBackup", "The database as it was before is kept in the backups folder as %1.").replace(
            "%1", shown_path(whole.kept.name))
    if whole.kept_damaged:
        text += " " + translate("RestoreBackup", "It was damaged: what was recorded after this backup may be missing; "
                         "check the restored database and record it again.")
    elif whole.left:
        text += " " + translate("RestoreBackup", "It holds work never sent to the centre that is not in the restored "
                         "database.")
    if whole.team_keys:  # a centre restored from before New team key…: the laptops encrypt to it
        text += " " + translate("RestoreBackup", "The team key made after this backup (New team key…) is kept in "
                                "the restored database: the laptops' bundles encrypted to it open here.")
    return text + " " + translate("RestoreBackup", "Enter the backup's passphrase to open it.")


def failed_line(exc: BaseException) -> str:
    """A failure said on the unlock window: the database there is as it was, and opens as before."""
    if isinstance(exc, NotAllCarried):  # the backup's now, opened with its passphrase
        return not_all_carried_line(exc)
    return failure_line(exc) + " " + QCoreApplication.translate(
        "RestoreBackup", "The database is as it was: enter its passphrase to open it.")


class RestoreRun(QObject):
    """The core's restore on a thread of its own (a large database takes a while to copy and check);
    ``done(result, exception)`` on the UI thread."""

    done = Signal(object, object)

    def start(self, backup: Path, db_path: Path, passphrase: str) -> None:
        done = self.done  # emitted from the thread: queued to this object's thread

        def work() -> None:
            in_place: list[Restored] = []  # told by the core as soon as the backup is in place
            try:
                from desktop.core.restore_whole import restore_and_carry

                done.emit(restore_and_carry(backup, db_path, passphrase, in_place.append), None)
            except Exception as exc:  # every failure becomes a sentence
                done.emit(None, NotAllCarried(in_place[0], exc) if in_place else exc)

        threading.Thread(target=work, name="restore", daemon=True).start()


def run_restore(owner: QObject, backup: Path, db_path: Path, passphrase: str,
                finished: Callable[[object, object], None]) -> RestoreRun:
    """Start the restore; ``finished(result, exception)`` when it ends."""
    run = RestoreRun(owner)
    run.done.connect(finished)
    run.start(backup, db_path, passphrase)
    return run
