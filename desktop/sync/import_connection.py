"""How an import run holds the centre's database: its connection, its transactions, its memory.

One connection for the whole run, committing without waiting for the disk and checkpointing once at
the end; each bundle all or nothing (its own transaction, or a savepoint of its own inside a group of
small bundles committed together: ``CommitGroup``); Python's cycle collector paused while bundles are
held in memory; a written bundle's records freed a slice at a time so a window importing them keeps
moving.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from desktop.core.db import Store
from desktop.core.sqlcipher_file import classify

#: How many of a bundle's records are freed at a time (``let_go``): about 10 ms of work here.
FREE_SLICE = 10_000


def let_go(records: list[Any]) -> None:
    """Free a written bundle's records a slice at a time, the last first.

    Dropping them all at once is one long stretch of C (each record's tuples, strings and maps
    deallocated in turn: 170 ms for the 184,000 records of a bundle at the reader's limit) during
    which Python never offers its interpreter lock to another thread, so the window importing it
    stood still. Between two slices the UI thread gets its turn (benchmarks/bench_import_stall.py)."""
    while records:
        del records[-FREE_SLICE:]


@contextlib.contextmanager
def import_connection(store: Store) -> Iterator[Connection]:
    """A connection that commits without waiting for the disk (WAL, synchronous=NORMAL).

    Still atomic and consistent: a power cut can only undo the last bundles imported, and their
    files are still there to import again (import is idempotent). Not waiting for an fsync per
    bundle is what makes importing hundreds of bundles fast; for the same reason the write-ahead log
    is copied into the database once, at the end, not after every bundle that filled it (SQLite's
    automatic checkpoint). The store's settings are restored after.
    """
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA synchronous = NORMAL")
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
        try:
            yield conn
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 1000")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").all()
            conn.exec_driver_sql("PRAGMA synchronous = FULL")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while bundles are read and written (reference counting still
    frees everything as it goes).

    An import keeps hundreds of thousands of small objects alive until its bundle is written (the
    checked records and their tuples): each of them would make the collector walk all the others
    again and again, for cycles the import does not make; that walking was about a twentieth of a
    day's import. It resumes afterwards (as it was: an embedding program may have paused it itself).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def bundle_transaction(conn: Connection) -> Iterator[Connection]:
    """One bundle, all or nothing. Core only: received changes are applied, never re-logged."""
    if conn.in_transaction():
        conn.rollback()
    try:
        with conn.begin():
            yield conn
    except OperationalError as exc:
        raise classify(exc.orig or exc) or exc from exc


#: A group of bundles is committed once it holds this many changes; a bundle that would take it past
#: this is written after the group is committed (a bigger bundle is a transaction of its own).
GROUP_CHANGES = 2_000
#: ... or once it has been open this long: another writer waits no longer than this for the database.
GROUP_SECONDS = 0.25
#: A file bigger than this (long to read and check) is read with the group committed first.
GROUP_FILE_BYTES = 256 * 1024

_Outcome = TypeVar("_Outcome")


class CommitGroup(Generic[_Outcome]):
    """Small bundles written in one transaction, each in a savepoint of its own, committed together.

    Each bundle stays all or nothing: a refused one is rolled back to its savepoint (nothing of it
    written) and the next is written in the same transaction. A commit per bundle of 20 changes was
    about a quarter of its import (each commit writes the pages it touched, the change log's index
    pages again and again). A savepoint was measured before to cost what a commit did; that was
    SQLite's own doing, not the savepoint's: the DB-API driver opens no transaction before a
    SAVEPOINT, so the savepoint was the transaction and releasing it committed. Here the group's
    transaction is opened first (BEGIN IMMEDIATE: the write lock taken at once, so no other writer
    slips in between what a bundle reads and what it writes). The lock is held while the next small
    file is read, never longer than ``GROUP_SECONDS`` and a small file's reading.

    ``done`` hears each outcome once what it wrote is committed (at once when nothing is open), in
    order: a run that fails has told its caller only of bundles really in the database. A failure
    that makes SQLite undo the whole transaction (an I/O error, the disk full) takes the group's
    bundles with it: they are not told, and are imported again with the others. Bundles of more than
    ``GROUP_CHANGES`` changes are committed on their own, those before them first, as before groups.
    """

    def __init__(self, conn: Connection, done: Callable[[_Outcome], None]) -> None:
        self._conn = conn
        self._done = done
        self._pending: list[_Outcome] = []
        self._changes = 0
        self._opened_at = 0.0
        self._open = False

    @contextlib.contextmanager
    def bundle(self, changes: int) -> Iterator[Connection]:
        """One bundle of ``changes`` changes, all or nothing, in the group's transaction."""
        try:
            if self._open and self._changes + changes > GROUP_CHANGES:
                self.commit()
            if not self._open:
                if self._conn.in_transaction():
                    self._conn.rollback()
                self._conn.begin()
                self._open = True
                self._conn.exec_driver_sql("BEGIN IMMEDIATE")
                self._opened_at = time.monotonic()
            with self._conn.begin_nested():
                yield self._conn
        except OperationalError as exc:
            raise classify(exc.orig or exc) or exc from exc
        self._changes += changes

    def before_reading(self, size: int) -> None:
        """The next file is ``size`` bytes: a big one is read and checked (seconds for the biggest)
        with the group committed, not while the group holds the database's write lock."""
        if self._open and size > GROUP_FILE_BYTES:
            self.commit()

    def written(self, outcome: _Outcome) -> None:
        """A bundle's outcome, told once it is committed; the group is committed when full or old."""
        self._pending.append(outcome)
        if not self._open or self._changes >= GROUP_CHANGES or time.monotonic() - self._opened_at >= GROUP_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self._open:
            self._open, self._changes = False, 0
            if not self._holds():  # SQLite undid it (an I/O error): nothing of it is there to tell
                self._conn.rollback()
                self._pending.clear()
                raise LostGroupError()
            try:
                self._conn.commit()
            except OperationalError as exc:
                self._pending.clear()
                raise classify(exc.orig or exc) or exc from exc
        told, self._pending = self._pending, []
        for outcome in told:
            self._done(outcome)

    def settle(self) -> None:
        """On the way out of a failed run: commit what the group holds if SQLite still holds it (the
        bundles written before the failure stay imported and are told), else tell nothing."""
        if self._open and not self._holds():
            self._open = False
            self._pending.clear()
            return
        with contextlib.suppress(Exception):
            self.commit()

    def _holds(self) -> bool:
        """Whether SQLite still has the group's transaction open. Not when SQLAlchemy dropped the
        connection: it does so when a KeyboardInterrupt (a second Ctrl+C) comes out of a statement, and
        closing it made SQLite undo the group; asking the dropped connection raised PendingRollbackError,
        which replaced the Ctrl+C (`bundle import` then said an error not foreseen, exit 70, not 130)."""
        if self._conn.invalidated:
            return False
        return bool(self._conn.connection.dbapi_connection.in_transaction)  # type: ignore[union-attr]


class LostGroupError(RuntimeError):
    """SQLite undid a group's transaction on its own, without an error reaching the importer."""
