"""A new database is made whole or not at all.

A first start on a laptop whose disk fills up (or a USB stick pulled out) stopped the making of the
database wherever the disk ran out: a file of one page and no tables, tables and no device, a device
and no consent form. The next start took such a file for the database (and said it was none), and
the first-run wizard, asked again, made a second one beside it. Whoever makes a new database calls
``given_up`` when its making fails: the file and its companions are removed (they hold nothing
anyone typed but the laptop's and the person's names), and the disk's answer is raised as the
``EnvironmentProblem`` every screen knows how to say, not as an SQL error.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from desktop.core.sqlcipher_file import classify
from desktop.core.store_lock import DatabaseInUse, StoreLock

# The database and the files SQLite keeps beside it in WAL mode (the lock sidecar holds nothing).
COMPANIONS = ("", "-wal", "-shm", "-journal")


def lock_alone(path: Path) -> StoreLock:
    """The new database's lock, held alone while it is made: another program making or opening the same
    file meanwhile is refused ("in use by another program", not the upgrade's words), and nothing it
    made is ever taken away by ``discard``. Shared once the database is whole (``adopt_new_database``)."""
    try:
        return StoreLock.exclusive(path, "make a new database")
    except DatabaseInUse as exc:
        raise DatabaseInUse(f"{path} is being made or opened by another program", reason="locked") from exc


def discard(path: Path, engine: Any = None) -> None:
    """Close ``engine`` (a new database's, if it got that far) and remove the new file at ``path`` with
    its companions. Only for a file this process has just made: never call it on a database opened."""
    if engine is not None:
        engine.dispose()  # no handle left open on the file (Windows refuses to remove an open file)
    for suffix in COMPANIONS:
        with contextlib.suppress(OSError):  # not made, or not removable: the first failure is what is said
            os.remove(f"{path}{suffix}")


def given_up(path: Path, exc: BaseException, *, engine: Any = None, lock: Any = None) -> None:
    """The making of the database at ``path`` failed with ``exc``: take it away (``discard``), let the
    ``lock`` go, and raise the disk's reason when ``exc`` is one. Returns for the caller to raise
    ``exc`` itself otherwise."""
    discard(path, engine)
    if lock is not None:
        lock.release()
    reason = classify(exc, path.parent)
    if reason is not None:
        raise reason from exc
