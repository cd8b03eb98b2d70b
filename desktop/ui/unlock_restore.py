"""Restore from a backup… on the unlock window (``UnlockWidget.offer_restore``).

The window of a damaged database told the person to "ask whoever helps you to restore a backup":
in Basra, with nobody at hand, that led nowhere (``majlis-cli restore`` only). Once the passphrase
proves the database damaged, the window offers the restore itself: the backup chosen in the
database's backups folder, what happens said, the backup's passphrase asked, the restore run (the
core's, as ``majlis-cli restore`` runs it), and what it did said above the passphrase field, which
then opens the restored database. Settings → Backups hands its restore to this window too
(``settings/restore_flow.py``), once the main window has closed its store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.ui.restore_steps import (
    NotAllCarried,
    ask_all,
    done_line,
    failed_line,
    run_restore,
)
from desktop.ui.unlock import UnlockWidget


def offer(window: UnlockWidget) -> None:
    """The button on ``window``, shown when its database proves damaged (or a restore failed)."""
    window.offer_restore(lambda: ask_and_restore(window))


def ask_and_restore(window: UnlockWidget) -> None:
    """Which backup, whether to go on, its passphrase; then the restore. Cancelled at any step: nothing."""
    db = window.db_path()
    if db is None or window.busy:
        return
    asked = ask_all(window, db, lambda line: window.show_problem(line()))
    if asked is not None:
        restore_into(window, *asked)


def restore_into(window: UnlockWidget, backup: Path, passphrase: str) -> None:
    """Restore ``backup`` over the window's database (nobody has it open), then say what happened;
    the passphrase field opens the database, restored or as it was."""
    db = window.db_path()
    assert db is not None
    window.show_note(None)
    window.set_working(lambda: QCoreApplication.translate("RestoreBackup", "Restoring the backup…"))

    def finished(result: object, exc: object) -> None:
        window.set_working(None)
        if isinstance(exc, NotAllCarried):  # the backup is in place all the same: not offered again
            window.show_note(lambda: failed_line(exc))
            if window.restore_button is not None:
                window.restore_button.hide()
        elif isinstance(exc, BaseException):
            window.show_note(lambda: failed_line(exc))
            if window.restore_button is not None:  # another backup, or the right passphrase, from here
                window.restore_button.show()
        else:
            window.show_note(lambda: done_line(result))  # type: ignore[arg-type]
            if window.restore_button is not None:
                window.restore_button.hide()
        window.passphrase.clear()
        window.passphrase.setFocus()

    run_restore(window, backup, db, passphrase, finished)
