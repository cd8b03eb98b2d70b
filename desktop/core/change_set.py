"""Which tables a unit of work touched, gathered by the session itself, so nobody types them by hand.

An ``after_flush`` hook (it sees the rows the other flush hooks added, such as change-log lines)
adds each written row's table to ``session.info[TOUCHED]``; ORM ``update()``/``delete()``
statements, and Core ones run through the session (bulk writes), are caught by ``do_orm_execute``.
On commit the session's set is handed to whoever is collecting on this thread (``with collect() as
tables:``), and a rollback forgets it, so only committed work is reported. The UI's operations
collect around each operation and the views refresh from the set (Anki's ``OpChanges``, in small).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, UOWTransaction
from sqlalchemy.orm import Session as OrmSession

TOUCHED = "touched_tables"
_local = threading.local()


@contextmanager
def collect() -> Iterator[set[str]]:
    """Gather the tables of every transaction committed on this thread inside the ``with`` block."""
    outer: set[str] | None = getattr(_local, "sink", None)
    sink: set[str] = set()
    _local.sink = sink
    try:
        yield sink
    finally:
        _local.sink = outer
        if outer is not None:
            outer |= sink


def _table_of(obj: object) -> str | None:
    table = getattr(type(obj), "__tablename__", None)
    return table if isinstance(table, str) else None


def _after_flush(session: OrmSession, flush_context: UOWTransaction) -> None:
    tables: set[str] = session.info.setdefault(TOUCHED, set())
    for obj in chain(session.new, session.deleted):
        name = _table_of(obj)
        if name:
            tables.add(name)
    for obj in session.dirty:
        name = _table_of(obj)
        if name and session.is_modified(obj, include_collections=False):
            tables.add(name)


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    # An ORM statement names its mapper; a Core one run through the session (bulk writes of synced
    # rows, a team update's snapshot) names only its table.
    mapper = state.bind_mapper
    table = getattr(mapper, "local_table", None) if mapper is not None else getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if isinstance(name, str):
        state.session.info.setdefault(TOUCHED, set()).add(name)


def _after_commit(session: OrmSession) -> None:
    tables: set[str] | None = session.info.pop(TOUCHED, None)
    sink: set[str] | None = getattr(_local, "sink", None)
    if tables and sink is not None:
        sink |= tables


def _after_rollback(session: OrmSession) -> None:
    session.info.pop(TOUCHED, None)


def install(session_factory: Any) -> None:
    """Attach the collector to a sessionmaker (or Session class)."""
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "do_orm_execute", _on_execute)
    event.listen(session_factory, "after_commit", _after_commit)
    event.listen(session_factory, "after_rollback", _after_rollback)
