"""How an import run holds the centre's database: its connection, its transactions, its memory.

One connection for the whole run, committing without waiting for the disk and checkpointing once at
the end; one transaction per bundle; Python's cycle collector paused while bundles are held in
memory; a written bundle's records freed a slice at a time so a window importing them keeps moving.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import Any

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
