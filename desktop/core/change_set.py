"""Which tables a unit of work touched, gathered by the session itself, so nobody types them by hand.

An ``after_flush`` hook (it sees the rows the other flush hooks added, such as change-log lines)
adds each written row's table to ``session.info[TOUCHED]``; ORM ``update()``/``delete()``
statements, and Core ones run through the session (bulk writes), are caught by ``do_orm_execute``.
On commit the session's set is handed to whoever is collecting on this thread (``with collect() as
tables:``), and a rollback forgets it, so only committed work is reported. The UI's operations
collect around each operation and the views refresh from the set (Anki's ``OpChanges``, in small).

The set is a ``Touched``: it also says which meetings (``session`` rows) the written rows belong to,
so a view of one session (the coding window) leaves alone a save made in another. A bulk statement
on a table of sessions cannot say which rows it wrote: then ``sessions`` is None, "any session"; one
on a table of no session (codes, survey answers, local state) says nothing of sessions. A bundle
import, written past these hooks, names its sessions itself (``sync/touched_sessions.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, UOWTransaction
from sqlalchemy.orm import Session as OrmSession

TOUCHED = "touched_tables"
SESSIONS = "touched_sessions"  # ids of the sessions whose rows were written; None: some write could not say
_local = threading.local()


class Touched(set[str]):
    """Table names (a set, as every listener reads it) and ``sessions``: the ids of the sessions
    (meetings) whose rows were written, or None when a write could not say which (any session).
    ``imported``: written by bundles or team updates from elsewhere, not by this window's own
    editing (an open session editor shows the import's change, or asks, rather than saving over it)."""

    def __init__(self, tables: Iterable[str] = (), sessions: Iterable[str] | None = (), *,
                 imported: bool = False) -> None:
        super().__init__(tables)
        self.sessions: set[str] | None = None if sessions is None else set(sessions)
        self.imported = imported

    def merge(self, other: Touched) -> None:
        self |= other
        self.imported = self.imported or other.imported
        if self.sessions is not None:
            self.sessions = None if other.sessions is None else self.sessions | other.sessions

    def concerns(self, session_id: str) -> bool:
        """A row of session ``session_id`` may have been written."""
        return self.sessions is None or session_id in self.sessions


def concerns_session(tables: object, session_id: str) -> bool:
    """For a listener: a change announced as a plain set (a bulk import) may concern any session."""
    return not isinstance(tables, Touched) or tables.concerns(session_id)


def wrote_in_bulk(session: OrmSession, tables: Iterable[str]) -> None:
    """Say what Core statements run on the session's connection wrote (past both hooks here): those
    ``tables``, in rows of any session (an erasure scrubs a participant's turns wherever they spoke)."""
    session.info.setdefault(TOUCHED, set()).update(tables)
    session.info[SESSIONS] = None


def report(touched: Touched) -> None:
    """Say to whoever collects on this thread what was committed past the session's hooks (a bundle's
    Core statements, its tables and sessions named by the import itself): a team update that applies held
    bundles on a coordinator's laptop (``sync/team_update.py``)."""
    sink: Touched | None = getattr(_local, "sink", None)
    if sink is not None and touched:
        sink.merge(touched)


@contextmanager
def collect() -> Iterator[Touched]:
    """Gather the tables of every transaction committed on this thread inside the ``with`` block."""
    outer: Touched | None = getattr(_local, "sink", None)
    sink = Touched()
    _local.sink = sink
    try:
        yield sink
    finally:
        _local.sink = outer
        if outer is not None:
            outer.merge(sink)


def _table_of(obj: object) -> str | None:
    table = getattr(type(obj), "__tablename__", None)
    return table if isinstance(table, str) else None


def _note_session(session: OrmSession, obj: object, table: str) -> None:
    """The session (meeting) ``obj`` belongs to, read from what is loaded (never a query in a flush)."""
    sessions: set[str] | None = session.info.setdefault(SESSIONS, set())
    if sessions is None:
        return
    loaded = inspect(obj).dict
    key = "id" if table == "session" else "session_id"
    if key not in loaded and not hasattr(type(obj), key):
        return  # a row of no session (a code, a memo): nothing to say
    value = loaded.get(key)
    if isinstance(value, str):
        sessions.add(value)
    elif key in loaded and value is None:
        return  # a consent record or audit line of no session
    else:
        session.info[SESSIONS] = None  # not loaded: it could be any


def _after_flush(session: OrmSession, flush_context: UOWTransaction) -> None:
    tables: set[str] = session.info.setdefault(TOUCHED, set())
    for obj in chain(session.new, session.deleted):
        name = _table_of(obj)
        if name:
            tables.add(name)
            _note_session(session, obj, name)
    for obj in session.dirty:
        name = _table_of(obj)
        if name and session.is_modified(obj, include_collections=False):
            tables.add(name)
            _note_session(session, obj, name)


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
        if name == "session" or "session_id" in getattr(table, "c", ()):
            state.session.info[SESSIONS] = None  # a statement does not say which rows: any session
        # A table of no session (codes, surveys, local state): nothing to say, as for its rows in a flush.


def _after_commit(session: OrmSession) -> None:
    tables: set[str] | None = session.info.pop(TOUCHED, None)
    sessions: set[str] | None = session.info.pop(SESSIONS, set())
    sink: Touched | None = getattr(_local, "sink", None)
    if tables and sink is not None:
        sink.merge(Touched(tables, sessions))


def _after_rollback(session: OrmSession) -> None:
    session.info.pop(TOUCHED, None)
    session.info.pop(SESSIONS, None)


def install(session_factory: Any) -> None:
    """Attach the collector to a sessionmaker (or Session class)."""
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "do_orm_execute", _on_execute)
    event.listen(session_factory, "after_commit", _after_commit)
    event.listen(session_factory, "after_rollback", _after_rollback)
