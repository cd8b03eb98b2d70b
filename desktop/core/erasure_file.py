"""Making erased bytes leave the database file (SQLite/SQLCipher specifics of an erasure).

Every connection already runs with ``secure_delete`` (freed cells and pages are overwritten with
zeros, see ``db.make_engine``). What is left after an erasure's transaction: the search index's old
segments (FTS5 keeps deleted terms until its segments are merged), older page images in the
write-ahead log, and pages freed before ``secure_delete`` was on. ``purge_file`` merges the index,
rebuilds the file (VACUUM, temporary data kept in memory: a temporary file would be plaintext) and
truncates the log. It needs the database to itself for a moment; when another program is reading it,
the purge stays pending (a flag in ``local_state``) and is done at the next chance.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import text

from desktop.core import search_sqlite
from desktop.core.db import OPERATIONAL_ERRORS, Store
from desktop.core.erasure import PURGE_PENDING_KEY
from desktop.core.errors import EnvironmentProblem
from desktop.core.models import LocalState
from desktop.core.sqlcipher_file import classify


class NotPurged(EnvironmentProblem):
    """An erasure was made (its transaction committed), then the disk refused the purge (full,
    read-only): the words are gone from every row, but their bytes are still in the file until a
    purge succeeds (it stays pending). ``made``: what the erasure did (``WithdrawalResult``,
    ``RetentionRun``), set by the caller, so that it is said rather than "nothing was changed"."""

    def __init__(self, problem: EnvironmentProblem) -> None:
        super().__init__(problem.message, **problem.details)
        self.made: object = None


@contextlib.contextmanager
def sole_writer(store: Store, action: str) -> Iterator[None]:
    """Hold the database alone while erasing: refused, with nothing changed, while another program
    (Majlis or majlis-cli) has it open, since it may hold the words in an editor or purge nothing."""
    lock = store.lock
    if lock is None:
        yield
        return
    was_exclusive = lock.is_exclusive
    lock.upgrade(action)
    try:
        yield
    finally:
        if not was_exclusive:
            lock.downgrade()


def purge_pending(store: Store) -> bool:
    with store.session() as s:
        row = s.get(LocalState, PURGE_PENDING_KEY)
        return row is not None and row.value == "1"


def purge_file(store: Store) -> bool:
    """Purge freed bytes; True when the file and its log hold nothing of the erased content any more."""
    if store.engine.dialect.name != "sqlite":
        return True
    with store.engine.connect() as conn:
        search_sqlite.optimize(conn)
        conn.commit()
    raw = store.engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        assert dbapi is not None
        previous = dbapi.isolation_level
        dbapi.isolation_level = None  # VACUUM cannot run inside a transaction
        try:
            dbapi.execute("PRAGMA temp_store = MEMORY")
            dbapi.execute("PRAGMA secure_delete = ON")
            dbapi.execute("VACUUM")
            busy = dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            dbapi.isolation_level = previous
    finally:
        raw.close()
    if busy:
        return False
    with store.engine.begin() as conn:
        conn.execute(
            LocalState.__table__.delete().where(LocalState.key == PURGE_PENDING_KEY)  # type: ignore[attr-defined]
        )
    # The flag's own deletion went to the log: truncate it once more so the file is left tidy.
    with store.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return True


def purge_after_erasure(store: Store) -> bool:
    """``purge_file`` right after an erasure committed: a disk that refuses it raises ``NotPurged``."""
    try:
        return purge_file(store)
    except OPERATIONAL_ERRORS as exc:
        problem = classify(exc, store.path.parent)
        if not isinstance(problem, EnvironmentProblem):
            raise
        raise NotPurged(problem) from exc


def finish_pending_purge(store: Store) -> bool | None:
    """The purge an erasure left pending (a full disk refused it), done now: None when none was pending,
    else as ``purge_after_erasure`` (False: put off; ``NotPurged`` while the disk still refuses). For the
    command run again and the app's next start."""
    return purge_after_erasure(store) if purge_pending(store) else None


def purge_if_pending(store: Store) -> bool:
    """After an import or a team update: purge only when an erasure actually removed something."""
    return purge_file(store) if purge_pending(store) else True
