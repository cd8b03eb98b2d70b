"""Writing a bundle's new changes: change log, rows merged by field LWW, conflicts recomputed.

Batched: one query per table for the rows of a bundle, one for their history, Core executemany for
the writes; no ORM object per change.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, Text, bindparam, delete, insert, select

from desktop.core.models import MODEL_BY_TABLE, ChangeLog, Conflict
from desktop.core.withdrawal_rule import WITHDRAWAL_SCOPE
from desktop.sync.change_records import ChangeRecord, RowRecords, listed
from desktop.sync.consent_guard import PARTICIPANT, check_consent_changes
from desktop.sync.errors import SeqClashError
from desktop.sync.merge import Change, apply_arrived, field_conflicts, fold
from desktop.sync.ownership import (
    FIELD,
    FORM,
    check_clause_forms,
    check_ownership,
    origin_of,
    trusted_history,
)
from desktop.sync.rows import (
    CHUNK,
    NewRows,
    content_columns,
    converter,
    existing_ids,
    insert_tuples,
    load_rows,
    new_rows,
    row_from_insert,
    row_from_state,
    state_from_row,
    table_of,
    write_rows,
)
from desktop.sync.segment_bounds import SEGMENT, check_segment_bounds
from desktop.sync.team_snapshot import TEAM_UPDATE_ENTITIES

# The change log with data and base as plain text: received changes are written with the JSON text
# already made for the content hash, instead of being serialised a second time by the JSON type.
_RAW_CHANGE_LOG = Table(
    "change_log",
    MetaData(),
    *[Column(c.name, Text if c.name in ("data", "base") else c.type) for c in ChangeLog.__table__.columns
      if c.name != "id"],
)
assert [c.name for c in _RAW_CHANGE_LOG.columns] == [
    "device_id", "epoch", "seq", "hlc", "entity", "row_id", "op", "data", "base", "content_hash", "received"
]

#: Rows are written in groups of this many (same transaction): memory stays flat for big bundles.
WRITE_CHUNK = 1_000

# Built once: reused statement objects are compiled once.
_KNOWN_SEQS = select(ChangeLog.seq, ChangeLog.content_hash).where(
    ChangeLog.device_id == bindparam("device"),
    ChangeLog.epoch == bindparam("epoch"),
    ChangeLog.seq.between(bindparam("lo"), bindparam("hi")),
)
_CONFLICTS_OF_ROWS = select(
    Conflict.id, Conflict.row_id, Conflict.field, Conflict.version_a, Conflict.version_b, Conflict.status
).where(Conflict.entity == bindparam("entity"), Conflict.row_id.in_(bindparam("ids", expanding=True)))


def new_records(s: Connection, device_id: str, records: list[ChangeRecord]) -> list[ChangeRecord]:
    """The records not yet in the change log; SeqClashError when a known number differs."""
    if not records:
        return []
    epoch = records[0].epoch
    lo, hi = min(r.seq for r in records), max(r.seq for r in records)
    known = dict(s.execute(_KNOWN_SEQS, {"device": device_id, "epoch": epoch, "lo": lo, "hi": hi}).all())
    fresh = []
    clashing = []
    for rec in records:
        if rec.seq not in known:
            fresh.append(rec)
        elif known[rec.seq] != rec.content_hash:
            clashing.append(rec.seq)
    if clashing:
        a, b = min(clashing), max(clashing)
        numbers = f"change {a}" if a == b else f"changes {a}\u2013{b}"
        raise SeqClashError(
            f"device {device_id}: {numbers} seen twice with different content; nothing of this bundle was "
            "applied. The laptop's database was probably copied back from an older copy: open it there with "
            "this version of Majlis (it starts a new numbering) and send a new bundle",
            device_id=device_id, epoch=epoch, first_seq=a, last_seq=b,
        )
    return fresh


def _load_history(conn: Connection, by_entity: Mapping[str, Iterable[str]]) -> dict[tuple[str, str], list[Change]]:
    """Every change known for the rows of ``by_entity``, through the (entity, row_id) index; rows
    without any are not in the result. One statement per CHUNK ids of all entities together (a
    bundle touches a few tables; most of its rows have no history), in plain SQL: per bundle, a
    statement with hundreds of parameters costs far more to build through SQLAlchemy's compiled
    statements than SQLite needs to answer it."""
    out: dict[tuple[str, str], list[Change]] = defaultdict(list)
    wanted = [(entity, row_id) for entity, ids in by_entity.items() for row_id in ids]
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        entities = sorted({entity for entity, _ in chunk})
        ids = sorted({row_id for _, row_id in chunk})
        asked = set(chunk)
        rows = conn.exec_driver_sql(_history_sql(len(entities), len(ids)), (*entities, *ids)).all()
        for entity, row_id, hlc, dev, epoch, op, data, base in rows:
            if (entity, row_id) in asked:  # an id asked under one table may exist under another
                out[(entity, row_id)].append(Change(hlc, dev, epoch, op, _json_map(data), _json_map(base)))
    return out


#: Statements of ``_load_history`` kept by shape (how many tables, how many ids: up to CHUNK of each
#: kind of row, 500 x every synced table). A day's import meets a handful (full chunks, and the last
#: one's); a hostile bundle could vary the shape at every chunk, and an unbounded cache kept each
#: statement (up to some 1 KB) until the app closes. 64 of them: under 100 KB, a day's shapes kept.
_HISTORY_SHAPES_MAX = 64


@functools.lru_cache(maxsize=_HISTORY_SHAPES_MAX)
def _history_sql(entities: int, ids: int) -> str:
    return ("SELECT entity, row_id, hlc, device_id, epoch, op, data, base FROM change_log "
            f"WHERE entity IN ({','.join('?' * entities)}) AND row_id IN ({','.join('?' * ids)})")


def _json_map(text: str | None) -> dict[str, Any]:
    """A JSON column as the JSON type reads it (NULL and JSON null: an empty map)."""
    value = json.loads(text) if text is not None else None
    return value or {}


def apply_records(
    conn: Connection,
    device_id: str,
    fresh: list[ChangeRecord],
    *,
    role: str = FIELD,
    coordinators: frozenset[str] = frozenset(),
    check_all: bool = False,
) -> int:
    """Write the new records of one bundle; returns the number of conflicts created.

    Before anything is written, the ownership rules for a sender of this ``role`` are checked
    against the rows as they are (NotOwnerError / PublishedRowError refuse the whole bundle).
    ``coordinators``: the devices whose changes count on any row; a row built from its history
    counts only its creator's and coordinators' changes (``ownership.trusted_history``).

    Rows are looked up only where they can exist: a synced row gets here only with its changes in
    the change log, except the codebook/consent/organisation rows a team file or team update
    brings. ``check_all`` looks up every row (the caller retries with it if an insert collides).
    """
    by_entity = _by_row(fresh)
    # Loaded before this bundle's changes are written: the history known so far, then ours.
    history = _load_history(conn, by_entity)
    candidates = {
        entity: [rid for rid in rows if check_all or entity in TEAM_UPDATE_ENTITIES or (entity, rid) in history]
        for entity, rows in by_entity.items()
    }
    present = existing_ids(conn, {e: ids for e, ids in candidates.items() if ids})
    existing_rows: dict[str, dict[str, dict[str, Any]]] = {}
    for entity, rows in by_entity.items():
        there = [rid for rid in rows if (entity, rid) in present]
        existing_rows[entity] = load_rows(conn, entity, there) if there else {}
    check_ownership(device_id, role, by_entity, existing_rows, history)
    check_clause_forms(device_id, by_entity, lambda ids: _stored_origins(conn, FORM, ids))
    check_consent_changes(device_id, role, by_entity, participant_origins=lambda ids: _participant_origins(conn, ids),
                          held=existing_rows)
    check_segment_bounds(by_entity, existing_rows.get(SEGMENT, {}), history,
                         stored_texts=lambda entity, field, ids: _stored_texts(conn, entity, field, ids),
                         load_history=lambda entity, ids: _load_history(conn, {entity: ids}))
    for start in range(0, len(fresh), WRITE_CHUNK):  # the JSON texts are made a chunk at a time
        insert_tuples(
            conn,
            _RAW_CHANGE_LOG,
            [(device_id, r.epoch, r.seq, r.hlc, r.entity, r.row_id, r.op, r.data_json, r.base_json, r.content_hash,
              True) for r in fresh[start : start + WRITE_CHUNK]],
        )
    conflicts = 0
    for entity, rows in by_entity.items():
        columns, convert = content_columns(entity), converter(entity)
        settles = WITHDRAWAL_SCOPE in columns  # a consent record's withdrawal: from the row's history (merge.py)
        existing = existing_rows[entity]
        writer = new_rows(entity, conn.dialect)
        new, changed = [], []
        lone: list[tuple[Any, ...]] = []
        for rid, one_or_more in rows.items():
            key = (entity, rid)
            known = history.get(key)
            if not known and not isinstance(one_or_more, list) and one_or_more.op == "insert" and rid not in existing:
                # The common case: a new row, first heard of now. Nothing to merge.
                rec = one_or_more
                if writer is None:
                    new.append(row_from_insert(entity, rid, rec.data, rec.hlc, device_id))
                else:
                    lone.append(writer.row(rid, rec.hlc, device_id, rec.fields, rec.values))
                if len(new) + len(lone) >= WRITE_CHUNK:  # a big bundle never holds all its new rows twice
                    _write_new(conn, entity, writer, new, lone)
                    new, lone = [], []
                continue
            recs = listed(one_or_more)
            history[key] = (known or []) + [r.as_change(device_id) for r in recs]
            if rid in existing:
                state = state_from_row(entity, existing[rid])
                trusted = trusted_history(entity, history[key], coordinators) if settles else []
                touched = apply_arrived(state, [rec.as_change(device_id) for rec in recs], trusted, columns, convert)
                if touched:
                    changed.append(row_from_state(entity, rid, state))
            else:
                folded = fold(trusted_history(entity, history[key], coordinators), columns, convert)
                if folded is not None:
                    new.append(row_from_state(entity, rid, folded))
        _write_new(conn, entity, writer, [], lone)
        write_rows(conn, entity, new, changed)
        conflicts += _reconcile_conflicts(conn, entity, rows, history, coordinators)
    return conflicts


def _stored_origins(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, str]:
    """The device that created each of these rows, for those stored here."""
    table = table_of(entity)
    found: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        query = select(table.c.id, table.c.origin_device).where(table.c.id.in_(ids[start : start + CHUNK]))
        found.update((str(row_id), str(origin or "")) for row_id, origin in conn.execute(query).all())
    return found


def _participant_origins(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    """The device that created each of these participants, as far as this database knows: the stored
    row's origin, else the earliest insert in the change log (a row not built yet)."""
    found = _stored_origins(conn, PARTICIPANT, ids)
    missing = [row_id for row_id in ids if row_id not in found]
    for (_, row_id), changes in _load_history(conn, {PARTICIPANT: missing}).items() if missing else ():
        origin = origin_of(row_id, {}, changes)
        if origin is not None:
            found[row_id] = origin
    return found


def _stored_texts(conn: Connection, entity: str, field: str, ids: Sequence[str]) -> dict[str, Any]:
    table = table_of(entity)
    found: dict[str, Any] = {}
    for start in range(0, len(ids), CHUNK):
        query = select(table.c.id, table.c[field]).where(table.c.id.in_(ids[start : start + CHUNK]))
        found.update((str(row_id), text) for row_id, text in conn.execute(query).all())
    return found


def _by_row(records: Iterable[ChangeRecord]) -> dict[str, dict[str, RowRecords]]:
    """entity -> row id -> its record, or its records in order when a bundle changes a row twice."""
    by_entity: dict[str, dict[str, RowRecords]] = defaultdict(dict)
    for rec in records:
        rows = by_entity[rec.entity]
        there = rows.get(rec.row_id)
        if there is None:
            rows[rec.row_id] = rec
        elif isinstance(there, list):
            there.append(rec)
        else:
            rows[rec.row_id] = [there, rec]
    return by_entity


def _write_new(conn: Connection, entity: str, writer: NewRows | None, rows: list[dict[str, Any]],
               params: list[tuple[Any, ...]]) -> None:
    write_rows(conn, entity, rows, [])
    if params and writer is not None:
        conn.exec_driver_sql(writer.sql, params)


def _reconcile_conflicts(
    conn: Connection,
    entity: str,
    rows: dict[str, RowRecords],
    history: dict[tuple[str, str], list[Change]],
    coordinators: frozenset[str],
) -> int:
    """Make the open conflicts of the touched long text fields match what their history says."""
    long_fields = MODEL_BY_TABLE[entity].__long_text__
    # A row new with this bundle (not in the history) was edited by this bundle's device alone.
    targets = sorted(
        {(rid, f) for rid, recs in rows.items() if (entity, rid) in history
         for rec in listed(recs) for f in long_fields if f in rec.fields}
    )
    # Edits of one device and epoch are sequential: only a field edited by two streams can conflict.
    targets = [
        (rid, f) for rid, f in targets
        if len({(c.device_id, c.epoch) for c in history.get((entity, rid), []) if f in c.data}) > 1
    ]
    if not targets:
        return 0
    stored: dict[tuple[str, str], list[Any]] = defaultdict(list)
    ids = sorted({rid for rid, _ in targets})
    for start in range(0, len(ids), CHUNK):
        params = {"entity": entity, "ids": ids[start : start + CHUNK]}
        for row in conn.execute(_CONFLICTS_OF_ROWS, params).all():
            stored[(row.row_id, row.field)].append(row)
    created = 0
    for rid, field in targets:
        known = stored.get((rid, field), [])
        settled = {v for c in known if c.status == "resolved" for v in (c.version_a, c.version_b)}
        wanted = field_conflicts(trusted_history(entity, history.get((entity, rid), []), coordinators), field, settled)
        have = {(c.version_a, c.version_b) for c in known}
        stale = [c.id for c in known if c.status == "open" and (c.version_a, c.version_b) not in wanted]
        if stale:
            conn.execute(delete(Conflict).where(Conflict.id.in_(stale)))
        for (va, vb), (text_a, text_b) in sorted(wanted.items()):
            if (va, vb) not in have:
                conn.execute(insert(Conflict).values(
                    entity=entity, row_id=rid, field=field, version_a=va, value_a=_text(text_a),
                    version_b=vb, value_b=_text(text_b), status="open"))
                created += 1
    return created


def _text(value: Any) -> str:
    return "" if value is None else str(value)
