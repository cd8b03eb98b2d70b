"""Settings → Backups → Restore from a backup…: a backup put in place of the database in use.

Only ``majlis-cli restore`` could restore; a facilitator with no IT helper at hand had backups and
no way to use one. The steps asked are those of ``restore_steps`` (which backup, what happens, its
passphrase). The restore refuses while any process has the database open, and this window is one:
so it checks first, with the store still open, what can be checked without closing it (nobody else
has the database open, the passphrase opens the backup), and says any refusal on the box's line
with nothing changed. Then the window closes as it would at Quit (each editor saving, or keeping the
window when its work cannot be saved), its store is closed, and the unlock window takes over: it runs
the restore (the core's, as the command runs it) and opens the restored database with the backup's
passphrase, or, when the restore was refused, the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.restore_steps import ask_all, failure_line

ACTION = "restore a backup over the database"
_held: dict[str, Any] = {}  # the unlock window that takes over, and the main window it opens (app.show_unlock)


def ask_and_restore(box: QWidget, ctx: AppContext, say: Callable[[Callable[[], str]], None],
                    working: Callable[[bool], None]) -> None:
    """The questions, the checks on the DB worker, then the hand-over to the unlock window.
    ``say``: the box's line; ``working(True)`` while the checks run."""
    db = Path(ctx.store.path)
    asked = ask_all(box, db, say)
    if asked is None:
        return
    backup, passphrase = asked
    working(True)
    say(lambda: QCoreApplication.translate("RestoreBackup", "Checking the backup…"))

    def check(store: Store) -> None:
        from desktop.core.sqlcipher_file import verify_key

        if store.lock is not None:  # another Majlis window or majlis-cli: refused now, not after closing
            store.lock.upgrade(ACTION)
            store.lock.downgrade()
        verify_key(backup, passphrase)  # reads, writes nothing; the restore checks all again

    def refused(exc: BaseException) -> None:
        working(False)
        say(lambda: failure_line(exc))

    def checked(_result: object) -> None:
        working(False)
        if not hand_over(box.window(), ctx, backup, passphrase):
            say(lambda: QCoreApplication.translate(
                "RestoreBackup", "Nothing was restored: a window's work could not be saved, so Majlis stayed open. "
                "Save or close that work, then try again."))

    CollectionOp.on_store(ctx, check).success(checked).failure(refused).run_in_background()


def hand_over(main: QWidget, ctx: AppContext, backup: Path, passphrase: str) -> bool:
    """Close the window's store and let the unlock window restore; False (the window stays, its store
    open) when a window's work could not be saved."""
    from desktop.ui import unlock_restore

    if ctx.show_unlock is None:
        raise RuntimeError("a restore needs the app's unlock window: AppContext made without app.make_context")
    db = Path(ctx.store.path)
    # Shown first: the application ends when its last window closes.
    unlock = ctx.show_unlock(db, ctx.language, _held)
    _held["unlock"] = unlock
    others = [w for w in QApplication.topLevelWidgets()
              if w.isVisible() and w is not main and w is not unlock and w.windowType() == Qt.WindowType.Window]
    if not all(w.close() for w in others) or not main.close():
        unlock.close()
        unlock.deleteLater()
        return False
    ctx.tasks.drain(120_000)  # the DB worker's last work, then nothing holds the database
    ctx.store.close()
    # Gone, not only hidden: its pages follow the language and the digits, and would read again
    # through the store closed here (its key, the replaced file's) when the new window sets them.
    main.deleteLater()
    unlock_restore.restore_into(unlock, backup, passphrase)
    return True
