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

from sqlalchemy import Engine, event

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
