"""The SQLite FTS5 engine behind ``search.py``.

Two tables (created by migration 0003_search): ``fts_doc`` maps an FTS rowid to the document it
indexes, and ``fts_search`` holds the *normalised* text. The base tables store raw text, so SQL
triggers cannot keep the index in step (they cannot normalise); an ``after_flush`` hook does it in
the same transaction as the change, so the index is never behind a committed edit. Document refs
live in ``fts_doc`` rather than as UNINDEXED FTS columns: updating one document then costs a primary
key lookup instead of a scan of the whole FTS table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event, func, select, text, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core import search
from desktop.core.models import ChangeLog, LocalState, Synced

_BATCH = 2_000


def _available(s: OrmSession) -> bool:
    """False before migration 0003 ran (e.g. while Alembic itself is working)."""
    cached = s.info.get("fts_available")
    if cached is None:
        found = s.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first()
        cached = s.info["fts_available"] = found is not None
    return bool(cached)


def _fts_term(term: str, prefix: bool) -> str:
    quoted = '"' + term.replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


# The statements of ``update``, made once: ``text()`` parses its SQL for bind names with a regular
# expression, and ``update`` runs two or three of them per document written (a fifth of the time of
# a transaction writing thousands of coded segments was spent making these again).
_DOCS_OF = text("SELECT id FROM fts_doc WHERE doc_table = :t AND doc_id = :d")
_DOC_FIELD = text("SELECT id FROM fts_doc WHERE doc_table = :t AND doc_id = :d AND doc_field = :f")
_DROP_BODY = text("DELETE FROM fts_search WHERE rowid = :r")
_DROP_DOC = text("DELETE FROM fts_doc WHERE id = :r")
_MOVE_DOC = text("UPDATE fts_doc SET session_id = :s WHERE id = :r")
_ADD_DOC = text("INSERT INTO fts_doc (doc_table, doc_id, doc_field, session_id) VALUES (:t, :d, :f, :s)")
_ADD_BODY = text("INSERT INTO fts_search (rowid, body) VALUES (:r, :b)")


class SqliteEngine:
    def update(self, s: OrmSession, entries: Iterable[search.IndexEntry], removed: Iterable[tuple[str, str]]) -> None:
        conn = s.connection()
        for doc_table, doc_id in removed:
            rowids = [r[0] for r in conn.execute(_DOCS_OF, {"t": doc_table, "d": doc_id})]
            for rowid in rowids:
                conn.execute(_DROP_BODY, {"r": rowid})
                conn.execute(_DROP_DOC, {"r": rowid})
        for e in entries:
            rowid = conn.execute(_DOC_FIELD, {"t": e.doc_table, "d": e.doc_id, "f": e.doc_field}).scalar()
            if rowid is not None:
                conn.execute(_DROP_BODY, {"r": rowid})
                conn.execute(_MOVE_DOC, {"s": e.session_id, "r": rowid})
            else:
                rowid = conn.execute(
                    _ADD_DOC, {"t": e.doc_table, "d": e.doc_id, "f": e.doc_field, "s": e.session_id}).lastrowid
            if e.text:
                conn.execute(_ADD_BODY, {"r": rowid, "b": e.text})

    def rebuild(self, s: OrmSession, progress: Callable[[int, int], None] | None = None) -> int:
        conn = s.connection()
        conn.execute(text("DELETE FROM fts_search"))
        conn.execute(text("DELETE FROM fts_doc"))
        models = list(dict.fromkeys(m for m, _ in search.INDEXED))
        total = sum(int(s.query(m).filter(m.deleted.is_(False)).count()) for m in models)
        done = 0
        for model in models:
            batch: list[search.IndexEntry] = []
            for row in s.scalars(select(model).where(model.deleted.is_(False)).execution_options(yield_per=_BATCH)):
                batch.extend(search.entries_for(row))
                done += 1
                if len(batch) >= _BATCH:
                    self._bulk_insert(s, batch)
                    batch = []
                    if progress:
                        progress(done, total)
            self._bulk_insert(s, batch)
        if progress:
            progress(done, total)
        conn.execute(text("INSERT INTO fts_search (fts_search) VALUES ('optimize')"))
        _set_mark(conn, conn.execute(select(func.max(ChangeLog.id))).scalar() or 0)  # all of it is in
        return done

    def catch_up(self, s: OrmSession) -> int:
        return catch_up(s.connection())

    def _bulk_insert(self, s: OrmSession, entries: list[search.IndexEntry]) -> None:
        raw = s.connection().connection.driver_connection
        assert raw is not None
        cur = raw.cursor()
        for e in entries:
            cur.execute(
                "INSERT INTO fts_doc (doc_table, doc_id, doc_field, session_id) VALUES (?, ?, ?, ?)",
                (e.doc_table, e.doc_id, e.doc_field, e.session_id),
            )
            if e.text:
                cur.execute("INSERT INTO fts_search (rowid, body) VALUES (?, ?)", (cur.lastrowid, e.text))

    def find(
        self, s: OrmSession, query: search.Query, limit: int, session_id: str | None
    ) -> list[tuple[str, str, str, str]]:
        match = " ".join(_fts_term(t, p) for t, p in zip(query.terms, query.prefix, strict=True))
        sql = (
            "SELECT d.doc_table, d.doc_id, d.doc_field, d.session_id FROM fts_search f "
            "JOIN fts_doc d ON d.id = f.rowid WHERE fts_search MATCH :q"
        )
        params: dict[str, Any] = {"q": match, "n": limit}
        if session_id is not None:
            sql += " AND d.session_id = :s"
            params["s"] = session_id
        sql += " ORDER BY f.rank LIMIT :n"
        return [(r[0], r[1], r[2], r[3]) for r in s.execute(text(sql), params)]


def forget(conn: Any, doc_table: str, doc_ids: list[str]) -> None:
    """Drop these documents from the index (an erasure); ``optimize`` later purges the old segments."""
    if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is None:
        return
    for start in range(0, len(doc_ids), 500):
        params = {"t": doc_table, **{f"d{i}": d for i, d in enumerate(doc_ids[start : start + 500])}}
        marks = ", ".join(f":d{i}" for i in range(len(params) - 1))
        where = f"doc_table = :t AND doc_id IN ({marks})"
        conn.execute(text(f"DELETE FROM fts_search WHERE rowid IN (SELECT id FROM fts_doc WHERE {where})"), params)
        conn.execute(text(f"DELETE FROM fts_doc WHERE {where}"), params)


def reindex(conn: Any, touched: Iterable[tuple[str, str]]) -> int:
    """Bring the index in step with rows written past the ORM's flush hook (a bundle applied through
    Core at the centre): each touched document of an indexed table is indexed again as it now reads,
    a deleted one leaves the index. In the caller's transaction; returns the documents looked at."""
    wanted: dict[str, set[str]] = {}
    for entity, row_id in touched:
        if entity in search.INDEXED_TABLES:
            wanted.setdefault(entity, set()).add(row_id)
    if not wanted or conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is None:
        return 0
    tables = {m.__tablename__: m.__table__ for m, _ in search.INDEXED}
    done = 0
    for name, ids in wanted.items():
        table, ordered = tables[name], sorted(ids)
        columns = [table.c[c] for c in search.columns_to_index(name)]
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            forget(conn, name, chunk)
            rows = conn.execute(select(*columns).where(table.c.id.in_(chunk), table.c.deleted.is_(False)))
            _insert(conn, [e for row in rows for e in search.entries_from(name, row)])
            done += len(chunk)
    return done


#: The change log's id up to which the rows that bundles brought are in the index (see catch_up).
CAUGHT_UP_KEY = "search_index_caught_up_to"


def catch_up(conn: Any) -> int:
    """Index the rows bundles brought since the last search: a bundle is applied through Core, past
    the flush hook that keeps the index, and indexing its words inside the import made a day's import
    at the centre half as slow again (issue 10's budget) for a search that may come hours later, or
    never. So the first search after an import indexes what came, once: every row a received change
    touched since the mark is indexed again as it now reads (erasures already applied), and the mark
    moves to the newest change. In the caller's transaction; returns the documents looked at. A
    database with no mark (imports before this) is caught up from its first change."""
    if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is None:
        return 0
    mark = conn.execute(select(LocalState.value).where(LocalState.key == CAUGHT_UP_KEY)).scalar()
    top = conn.execute(select(func.max(ChangeLog.id))).scalar() or 0
    since = int(mark) if mark is not None and mark.isdigit() else 0
    if top <= since:
        return 0
    touched = conn.execute(
        select(ChangeLog.entity, ChangeLog.row_id).distinct().where(
            ChangeLog.id > since, ChangeLog.received.is_(True), ChangeLog.entity.in_(search.INDEXED_TABLES))
    ).all()
    done = reindex(conn, [(entity, row_id) for entity, row_id in touched])
    _set_mark(conn, top, exists=mark is not None)
    return done


def _set_mark(conn: Any, top: int, *, exists: bool | None = None) -> None:
    if exists is None:
        exists = conn.execute(select(LocalState.key).where(LocalState.key == CAUGHT_UP_KEY)).first() is not None
    if exists:
        conn.execute(update(LocalState).where(LocalState.key == CAUGHT_UP_KEY).values(value=str(top)))
    else:
        conn.execute(LocalState.__table__.insert().values(key=CAUGHT_UP_KEY, value=str(top)))  # type: ignore[attr-defined]


def _insert(conn: Any, entries: list[search.IndexEntry]) -> None:
    """Statements straight on the driver's cursor (as rebuild does): thousands per bundle."""
    cur = conn.connection.driver_connection.cursor()
    for e in entries:
        cur.execute("INSERT INTO fts_doc (doc_table, doc_id, doc_field, session_id) VALUES (?, ?, ?, ?)",
                    (e.doc_table, e.doc_id, e.doc_field, e.session_id))
        if e.text:
            cur.execute("INSERT INTO fts_search (rowid, body) VALUES (?, ?)", (cur.lastrowid, e.text))


#: Set before an upgrade from a revision older than 0003_search, removed once the index is built.
REBUILD_KEY = "search_index_rebuild_pending"


def has_index(conn: Any) -> bool:
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is not None


def mark_if_older_than_index(engine: Any) -> None:
    """Before a schema upgrade: a database older than the index (revision 0003_search) holds text that
    the upgrade leaves out of it (0003 makes the index empty; the flush hook indexes only what is
    written after), and the Reports search never found a word of the sessions recorded before. Such
    a database is marked here, in a table it already has, and ``rebuild_if_pending`` builds the
    whole index once the schema is current: at this opening, or, when that was cut short, the next."""
    with engine.begin() as conn:
        if not has_index(conn):
            conn.execute(text("INSERT OR REPLACE INTO local_state (key, value) VALUES (:k, '1')"), {"k": REBUILD_KEY})


def rebuild_if_pending(engine: Any) -> bool:
    """Build the whole index when ``mark_if_older_than_index`` asked for it (one transaction, the mark
    removed in it); whether it was built."""
    with OrmSession(engine) as s, s.begin():
        if s.get(LocalState, REBUILD_KEY) is None:
            return False
        search.rebuild_index(s)
        s.execute(LocalState.__table__.delete().where(LocalState.key == REBUILD_KEY))  # type: ignore[attr-defined]
    return True


def optimize(conn: Any) -> None:
    """Merge the index into one segment: deleted documents' terms leave the stored index pages."""
    if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is not None:
        conn.execute(text("INSERT INTO fts_search (fts_search) VALUES ('optimize')"))


def _after_flush(s: OrmSession, flush_context: Any) -> None:
    if s.get_bind().dialect.name != "sqlite":
        return
    touched = [
        obj for obj in (*s.new, *s.dirty)
        if isinstance(obj, Synced) and obj.__tablename__ in search.INDEXED_TABLES
    ]
    if not touched or not _available(s):
        return
    entries: list[search.IndexEntry] = []
    removed: list[tuple[str, str]] = []
    for obj in touched:
        if obj.deleted:
            removed.append((obj.__tablename__, obj.id))
        else:
            entries.extend(search.entries_for(obj))
    SqliteEngine().update(s, entries, removed)


def install(session_factory: Any) -> None:
    """Attach the index hook to a new sessionmaker (each Store makes its own, once). Not guarded by
    ``event.contains``: SQLAlchemy keys that by the target's id(), and a closed store's sessionmaker,
    freed while a session of it lives on, leaves its key behind for the next one given that id."""
    event.listen(session_factory, "after_flush", _after_flush)


search.register_engine("sqlite", SqliteEngine)
