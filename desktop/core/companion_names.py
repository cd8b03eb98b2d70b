"""Names a database must not take: those of another database's companion files.

Beside ``c.db`` live ``c.db.lock`` (the sidecar ``store_lock`` holds locks on) and SQLite's
``c.db-wal``, ``c.db-shm`` and ``c.db-journal``. A database created or restored under one of those
names is written into another database's companion: SQLite takes a file named ``c.db-wal`` for
``c.db``'s log and resets it (the new database is lost, or ``c.db`` with it, while open), and a
restore over ``c.db.lock`` replaces the file other programs hold their lock on, so two of them may
then each believe they have ``c.db`` to themselves. Such a name is refused before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import StoreError

# Lower case: on Windows and macOS ``C.DB-WAL`` is the same file as ``c.db-wal``.
COMPANION_SUFFIXES = (".lock", "-wal", "-shm", "-journal")


class CompanionName(StoreError):
    code = "companion_name"
    exit_code = 1


def refuse_companion_name(path: Path) -> None:
    """Raise ``CompanionName`` when ``path`` is named like a database's lock or SQLite file."""
    name = path.name.lower()
    suffix = next((s for s in COMPANION_SUFFIXES if name.endswith(s)), None)
    if suffix is not None:
        raise CompanionName(
            f"{path.name} is named like a database's {suffix} companion file (which Majlis or SQLite may "
            "take over or replace): give the database a name not ending in .lock, -wal, -shm or -journal, "
            "such as majlis.db; nothing was written"
        )
