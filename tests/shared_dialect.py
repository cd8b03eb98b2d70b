"""Test processes only: every store's engine compiles a statement once per process, not once per store.

SQLAlchemy keeps the statements an engine has compiled in that engine's cache, keyed by the engine's
own dialect object. The app opens one store for its life, so each statement is compiled once; a test
process opens a store for nearly every test, and each new engine compiled every statement again: about
7 % of the CPU of tests/ui went there (py-spy, a sample of 25 files).

Here ``desktop.core.db.make_engine``'s engines are given one dialect, made and initialised once for the
process, and one cache of compiled statements. What is shared holds nothing of a database: a dialect
is the SQL that SQLAlchemy writes for SQLite (the same library, the same driver module for every store)
and what it learnt of that library's version; the cache maps statements to their SQL text. Each engine
keeps its own pool, connections, keys and events. The subprocesses tests start (the app, majlis-cli)
are untouched, and ``tests/test_shared_dialect.py`` checks the sharing does what it says.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import StaticPool
from sqlalchemy.util import LRUCache

from desktop.core import db

#: Large enough for every statement a test process meets (one engine's default is 500).
CACHE_SIZE = 20_000


def _initialised_dialect() -> Any:
    """The dialect ``make_engine``'s engines would make, initialised (SQLite's version read) on an
    in-memory database through the same driver."""
    engine = create_engine("sqlite://", module=sqlcipher, creator=lambda: sqlcipher.connect(":memory:"),
                           poolclass=StaticPool)
    with engine.connect():
        pass
    return engine.dialect


class SharedDialect:
    def __init__(self) -> None:
        self.dialect = _initialised_dialect()
        self.cache: LRUCache[Any, Any] = LRUCache(CACHE_SIZE)
        self._create_engine = db.create_engine  # type: ignore[attr-defined]

    def create_engine(self, *args: Any, **kwargs: Any) -> Engine:
        engine = self._create_engine(*args, **kwargs)
        engine.dialect = self.dialect
        engine.pool._dialect = self.dialect
        engine._compiled_cache = self.cache
        return engine

    def install(self) -> None:
        db.create_engine = self.create_engine  # type: ignore[attr-defined]


SHARED_DIALECT = SharedDialect()
