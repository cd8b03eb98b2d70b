"""How long a write waits for another writer of the database file (SQLite's busy timeout), per thread.

While another program writes to the file (a backup tool, an antivirus scan, a second copy of Majlis),
a write waits for it, up to ``BUSY_WAIT_MS``, and then fails as an environment problem that the
caller says in one line and tries again. That wait suits the database worker; on the interface's
thread it held the window still for five seconds at every autosave retry. A thread that must not
stand still says so with :func:`brief_waits`; every connection is given its thread's wait when it
is taken from the pool.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, event, text

#: The wait of the database worker (and of the CLI): long enough for another writer's transaction.
BUSY_WAIT_MS = 5_000

_local = threading.local()


@contextlib.contextmanager
def brief_waits(ms: int) -> Iterator[None]:
    """Writes this thread makes inside the block wait at most ``ms`` for another writer."""
    previous = getattr(_local, "ms", None)
    _local.ms = ms
    try:
        yield
    finally:
        _local.ms = previous


def current_wait() -> int:
    """The wait of the calling thread, in milliseconds."""
    return int(getattr(_local, "ms", None) or BUSY_WAIT_MS)


def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    wanted = current_wait()
    if record.info.get("busy_wait_ms") != wanted:  # one PRAGMA only when the thread's wait differs
        dbapi_connection.execute(f"PRAGMA busy_timeout = {wanted}")
        record.info["busy_wait_ms"] = wanted


def install(engine: Engine) -> None:
    event.listen(engine, "checkout", _on_checkout)


# A write that changes nothing: SQLite takes the file's write lock for it all the same.
TAKE_WRITE_LOCK = text("UPDATE local_state SET value = value WHERE 0")


def hold_the_file(session: Any) -> None:
    """Take the file's write lock now, in ``session``'s transaction (waiting for another writer as a
    write does), before a read that decides what the transaction writes.

    SQLite takes that lock only at a transaction's first write. The change log's next sequence
    number is read before it: a second program writing the same file in between (a second copy of
    Majlis, a ``majlis-cli`` command) read the same number, and the second of the two writes failed
    on the log's unique sequence number. Held from the read on, the other program waits instead."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(TAKE_WRITE_LOCK)
