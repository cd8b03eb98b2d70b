"""Changing the database passphrase: the one way ``majlis-cli passwd`` and Settings → Change
passphrase… both take.

In this order, so that a failure leaves the database opening with exactly one passphrase, and it is
known which:

1. the current passphrase checked against the file (the app asks it; the CLI opened the store with it);
2. the file taken for this process alone (one writer: refused while another program has it open);
3. a backup written under the new passphrase (every backup made before keeps the old one: someone who
   forgets the old passphrase still has one to restore). Written first: when it cannot be written
   (a full disk, a backups folder that cannot be written to) the app changes nothing; the CLI, whose
   README promises that the change stands, goes on and says so;
4. the file re-keyed, in one SQLCipher transaction (all pages or none), and the open store switched
   to the new key (``db.rekey``). When that fails, the file is asked which passphrase opens it: the
   current one (the backup just written, which only the new one opens, goes again), or the new one
   (the change stands after all), or, a file neither opens, ``PassphraseUncertain``.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from desktop.core import backups, db
from desktop.core.db_rekey import check_passphrase
from desktop.core.errors import MajlisError, StoreError
from desktop.core.sqlcipher_file import verify_key


class PassphraseUncertain(StoreError):
    """The change failed and the file opens with neither passphrase right now (a disk error): the
    person is told to try both at the next unlock."""

    code = "passphrase_uncertain"


@dataclass(frozen=True)
class PassphraseChanged:
    backup: Path | None  # the backup that opens with the new passphrase (None: it could not be written)
    backup_error: BaseException | None  # why not (only where the change may go on without it: the CLI)
    older: int  # backups made before, which keep the old passphrase


def change_passphrase(store: db.Store, new: str, *, current: str | None = None,
                      backup_required: bool = True, keep: int = backups.DEFAULT_KEEP) -> PassphraseChanged:
    """Change the passphrase of the open ``store`` to ``new`` (see the module's docstring).

    Raises ``WrongPassphrase`` when ``current`` is given and does not open the file, the
    environment's error (``EnvironmentProblem``, ``OSError``) when the backup (``backup_required``)
    or the re-key could not be written, ``DatabaseInUse`` while another program has the file open:
    in each case nothing was changed and the current passphrase opens the database.
    """
    if not new:
        raise StoreError("the new passphrase is empty")
    if current is not None:
        check_passphrase(store, current)  # WrongPassphrase: nothing done yet
    store.check_file()
    was_exclusive = store.lock is None or store.lock.is_exclusive
    if store.lock is not None:
        # Held from the backup to the re-key: no other program writes in between, none is left with
        # a key that no longer opens the file.
        store.lock.upgrade("change the passphrase")
    try:
        made: Path | None = None
        backup_error: BaseException | None = None
        try:
            # keep=0 here: the oldest backup goes only once the change stands (pruned below).
            made = backups.backup(store.engine, store.path, new, reason="new-passphrase", keep=0)
        except (MajlisError, OSError) as exc:
            if backup_required:
                raise
            backup_error = exc
        try:
            db.rekey(store, new)
        except BaseException:
            if _opens(store.path, new):  # the file took the new key after all
                db.use_key(store, new)
            else:
                if made is not None:  # it opens only with a passphrase the database does not have
                    made.unlink(missing_ok=True)
                if not _opens(store.path, db.current_passphrase(store)):
                    raise PassphraseUncertain(
                        "the passphrase change failed and the database could not be read back; "
                        "nothing more was written: unlock it with the current passphrase, or else the new one"
                    ) from None
                raise
        backups.prune(store.path, keep, just_made=made)
    finally:
        if store.lock is not None and not was_exclusive:
            store.lock.downgrade()
    older = len([p for p in backups.list_backups(store.path) if p != made])
    return PassphraseChanged(made, backup_error, older)


def _opens(path: Path, passphrase: str) -> bool:
    with contextlib.suppress(OSError, MajlisError):
        verify_key(path, passphrase)
        return True
    return False

