"""What a restore may put a backup in place of: a database, a damaged one, or nothing yet.

A database cut short at a size that is not whole pages (a copy interrupted, a USB stick pulled out)
is said to be damaged by the unlock window and by ``majlis-cli check``/``status``, which send the
person to a backup; the restore then refused it as "not a Majlis database", so the advice led
nowhere. It is replaced (kept aside, as every database a restore replaces) once it is clear that it
is the database named: the passphrase opens it (damaged or not), or the backup chosen lies in its own
backups folder (then even a file emptied or overwritten by the disk is the database that was there).
Anything else (a text file, a PDF, a folder named as --db by a slip) is still refused.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import DamagedDatabase, NotADatabase, StoreError
from desktop.core.sqlcipher_file import damaged, may_be_a_database, refuse_other_files, verify_key

NOTHING = ("restore puts a backup only in place of a Majlis database, or where there is no file yet; "
           "nothing was changed")


def refuse_replacing_what_is_no_database(db_path: Path, backup_path: Path,
                                         backups_folder: Callable[[Path], Path], passphrase: str) -> bool:
    """Raise ``NotADatabase`` unless what is at ``db_path`` may be replaced by ``backup_path``; return
    whether it is replaced as damaged (not whole pages of a database: cut short, emptied).

    By its look alone (without the passphrase, as a forgotten new one is a reason to restore): a
    database of whole encrypted pages. Else by what makes it this database: the backup given lies in
    ``db_path``'s own backups folder (``backups_folder(db_path)``), or the passphrase opens its first page (a
    database cut short: damaged, never a text file or a PDF, which no passphrase opens)."""
    if not os.path.lexists(db_path):
        return False
    if db_path.is_file() and not os.path.islink(db_path) and _lies_in(backup_path, backups_folder(db_path)):
        return not may_be_a_database(db_path)
    try:
        refuse_other_files(db_path)  # a folder, a device, a pipe, a text file, a PDF: named as such
    except StoreError as exc:
        raise NotADatabase(f"{exc.message}: {NOTHING}") from None
    if may_be_a_database(db_path):
        return False
    if not _opened_by(db_path, passphrase):
        raise NotADatabase(f"{db_path} is not a Majlis database: {NOTHING}")
    return True


def _lies_in(backup_path: Path, folder: Path) -> bool:
    try:
        return backup_path.resolve().parent == folder.resolve()
    except OSError:
        return False


def _opened_by(db_path: Path, passphrase: str) -> bool:
    """Whether this passphrase opens the first page of ``db_path``: a database of this person's,
    readable to its end or damaged beyond it. Writes nothing (verify_key leaves no file beside it)."""
    try:
        verify_key(db_path, passphrase)
    except DamagedDatabase:
        return True
    except StoreError:
        return False
    return True


def damaged_backup(backup_path: Path) -> DamagedDatabase:
    """A backup whose pages cannot be read (cut short on its way to a USB stick, a worn stick), said of
    the backup with the way on."""
    return DamagedDatabase(
        f"{backup_path} is damaged (cut short or corrupted): the passphrase is right, but the file cannot be "
        "read, so it cannot be restored: copy it again from where it is kept, or restore another backup; "
        "nothing was changed", reason="damaged")


def said_of_the_backup(exc: BaseException, copy: Path, backup_path: Path) -> BaseException:
    """``exc``, met while a restore read the backup's private ``copy``, said of the backup given. A damaged
    copy was said in the database's own words, "use a backup", of the backup itself; a page spoilt inside,
    met by a check, as SQLite's error, which the command took for the database being damaged."""
    if isinstance(exc, DamagedDatabase) or damaged(exc, copy) is not None:
        return damaged_backup(backup_path)
    if isinstance(exc, StoreError):
        exc.message = exc.message.replace(str(copy), str(backup_path))
        exc.args = (exc.message, *exc.args[1:])
    return exc
