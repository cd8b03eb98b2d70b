"""Import bundles at the centre: verify everything first, then one transaction per bundle.

Per file: the file is read and verified (decryption, signature, every member hash, team) before the
database is touched; the device registry refuses an impostor key; then, in one replicating
transaction, received changes go into the change log (the unique device/epoch/seq key makes a
repeat a no-op and a different change under a known number a refusal), rows are merged by field
LWW (``merge.py``), conflicts of long text fields are recomputed from the row's whole history (so
the conflict list does not depend on the order of arrival), and a receipt is kept.

The per-change work is batched: one query per table for the rows of a bundle, one for their
history, Core executemany for writes. No ORM object is made per change.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyrage import x25519
from sqlalchemy import Column, Connection, MetaData, Table, Text, delete, insert, select, update
from sqlalchemy.exc import OperationalError

from desktop.core import migrate
from desktop.core.db import Store, classify
from desktop.core.models import MODEL_BY_TABLE, BundleReceipt, ChangeLog, Conflict, Device, Team
from desktop.sync.bundle_reader import DEFAULT_MAX_TOTAL, _max_file_size, read_bundle
from desktop.sync.errors import (
    BundleError,
    ImpostorDeviceError,
    MalformedBundleError,
    NewerSchemaError,
    NotABundleError,
    NotEnrolledError,
    SeqClashError,
    TooLargeError,
)
from desktop.sync.export import epoch_number
from desktop.sync.keys import same_public_key
from desktop.sync.manifest import Manifest, sha256_hex, utc_now_iso
from desktop.sync.merge import Change, apply_change, field_conflicts, fold
from desktop.sync.rows import (
    CHUNK,
    content_columns,
    converter,
    load_rows,
    row_from_state,
    state_from_row,
    write_rows,
)

OPS = frozenset({"insert", "update", "delete"})
_known_revisions = functools.cache(migrate.known_revisions)

# The change log with data and base as plain text: received changes are written with the JSON text
# already made for the content hash, instead of being serialised a second time by the JSON type.
_RAW_CHANGE_LOG = Table(
    "change_log",
    MetaData(),
    *[Column(c.name, Text if c.name in ("data", "base") else c.type) for c in ChangeLog.__table__.columns
      if c.name != "id"],
)


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_dumps = _ENCODER.encode
_HLC = re.compile(r"\d+:\d+:.")  # what clock.Timestamp.parse accepts
_PLAIN_ID = re.compile(r"[0-9A-Za-z-]+\Z")  # needs no JSON escaping


@dataclass(frozen=True)
class ImportOutcome:
    source: str
    status: str  # imported|already_present|refused
    code: str = ""
    message: str = ""
    device_id: str = ""
    device_name: str = ""
    seq_from: int = 0
    seq_to: int = 0
    new_changes: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class _Rec:
    seq: int
    epoch: str
    hlc: str
    entity: str
    row_id: str
    op: str
    data: dict[str, Any]
    base: dict[str, Any]
    content_hash: str
    data_json: str
    base_json: str

    def as_change(self, device_id: str) -> Change:
        return Change(self.hlc, device_id, self.epoch, self.op, self.data, self.base)


def import_files(
    store: Store,
    sources: Sequence[str | os.PathLike[str]],
    identities: Sequence[x25519.Identity],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportOutcome]:
    """Import files one by one (each atomic); stops between files when ``cancelled()`` says so."""
    outcomes: list[ImportOutcome] = []
    with _import_connection(store) as conn:
        team = _team_id(conn)
        for number, source in enumerate(sources, start=1):
            if cancelled():
                break
            outcomes.append(import_file(store, source, identities, connection=conn, team_id=team))
            if progress is not None:
                progress(number, len(sources))
    return outcomes


@contextlib.contextmanager
def _import_connection(store: Store) -> Iterator[Connection]:
    """A connection that commits without waiting for the disk (WAL, synchronous=NORMAL).

    Still atomic and consistent: a power cut can only undo the last bundles imported, and their
    files are still there to import again (import is idempotent). Not waiting for an fsync per
    bundle is what makes importing hundreds of bundles fast. The store's setting is restored after.
    """
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA synchronous = NORMAL")
        try:
            yield conn
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA synchronous = FULL")


def import_file(
    store: Store,
    source: str | os.PathLike[str] | bytes,
    identities: Sequence[x25519.Identity],
    *,
    connection: Connection | None = None,
    team_id: str | None = None,
) -> ImportOutcome:
    name = "<bytes>" if isinstance(source, bytes) else str(source)
    try:
        if connection is None:
            with _import_connection(store) as conn:
                return _import(store, source, name, identities, conn, _team_id(conn))
        return _import(store, source, name, identities, connection, team_id or _team_id(connection))
    except BundleError as exc:
        return ImportOutcome(name, "refused", exc.code, exc.message)
    except OSError as exc:
        return ImportOutcome(name, "refused", "unreadable", f"The file cannot be read ({exc.strerror or exc}).")


def _read(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes):
        return source
    if Path(source).is_dir():
        raise NotABundleError("This is a folder, not a bundle.")
    limit = _max_file_size(DEFAULT_MAX_TOTAL)
    with open(source, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"The file is larger than {limit} bytes.")
    return data


def _import(
    store: Store,
    source: str | os.PathLike[str] | bytes,
    name: str,
    identities: Sequence[x25519.Identity],
    conn: Connection,
    team_id: str | None,
) -> ImportOutcome:
    if team_id is None:
        raise NotEnrolledError()
    data = _read(source)
    digest = sha256_hex(data)
    if conn.execute(select(BundleReceipt.id).where(BundleReceipt.bundle_hash == digest)).first():
        conn.rollback()
        return ImportOutcome(name, "already_present", message="This bundle was already imported.")
    conn.rollback()  # end the read transaction before the slow part: decryption
    bundle = read_bundle(data, identities, expected_team_id=team_id)
    manifest = bundle.manifest
    if manifest.kind != "changes":
        raise NotABundleError("This is a team update, not a bundle of changes.")
    if manifest.schema_revision not in _known_revisions():
        raise NewerSchemaError()
    records = _parse_changes(bundle.changes, manifest, bundle.attachments)
    with _transaction(conn):
        device = _check_device(conn, manifest)
        fresh = _new_records(conn, manifest.device_id, records)
        conflicts = _apply(conn, manifest.device_id, fresh) if fresh else 0
        _register(conn, manifest, device)
        conn.execute(
            insert(BundleReceipt).values(
                bundle_hash=digest,
                kind="changes",
                device_id=manifest.device_id,
                epoch=records[0].epoch if records else "",
                seq_from=manifest.seq_from,
                seq_to=manifest.seq_to,
                change_count=len(fresh),
                imported_at=utc_now_iso(),
                direction="in",
            )
        )
    if records:
        store.clock.observe(max(r.hlc for r in records))
    return ImportOutcome(
        name,
        "imported" if fresh else "already_present",
        message="" if fresh else "Every change in this bundle was already here.",
        device_id=manifest.device_id,
        device_name=manifest.device_name,
        seq_from=manifest.seq_from,
        seq_to=manifest.seq_to,
        new_changes=len(fresh),
        conflicts=conflicts,
    )


def _team_id(conn: Connection) -> str | None:
    team_id = conn.execute(select(Team.id)).scalar()
    conn.rollback()
    return None if team_id is None else str(team_id)


@contextlib.contextmanager
def _transaction(conn: Connection) -> Iterator[Connection]:
    """One bundle, all or nothing. Core only: received changes are applied, never re-logged."""
    if conn.in_transaction():
        conn.rollback()
    try:
        with conn.begin():
            yield conn
    except OperationalError as exc:
        raise classify(exc.orig or exc) or exc from exc


def _check_device(conn: Connection, manifest: Manifest) -> Any:
    """The registered device row (or None); ImpostorDeviceError when its key differs."""
    known = conn.execute(
        select(Device.public_key, Device.is_self).where(Device.id == manifest.device_id)
    ).first()
    if known is not None and known.public_key and not same_public_key(known.public_key, manifest.device_public_key):
        raise ImpostorDeviceError(
            f"The bundle from device {manifest.device_id} is signed with a key other than the one "
            "registered for that device."
        )
    return known


# --- parsing -------------------------------------------------------------------------------------


def _parse_changes(raw: list[dict[str, Any]], manifest: Manifest, attachments: dict[str, bytes]) -> list[_Rec]:
    records: list[_Rec] = []
    seen: set[int] = set()
    epoch: str | None = None
    for number, item in enumerate(raw, start=1):
        rec = _parse_one(item, number, attachments)
        if not manifest.seq_from <= rec.seq <= manifest.seq_to or rec.seq in seen:
            raise MalformedBundleError(f"Change {number} has a number outside the bundle's range, or twice.")
        if epoch_number(rec.epoch) != manifest.epoch or (epoch is not None and rec.epoch != epoch):
            raise MalformedBundleError(f"Change {number} belongs to another epoch than the bundle.")
        epoch = rec.epoch
        seen.add(rec.seq)
        records.append(rec)
    return records


def _parse_one(item: dict[str, Any], number: int, attachments: dict[str, bytes]) -> _Rec:
    seq, epoch, hlc = item.get("seq"), item.get("epoch"), item.get("hlc")
    entity, row_id, op = item.get("entity"), item.get("row_id"), item.get("op")
    data, base, chash = item.get("data"), item.get("base", {}), item.get("content_hash")
    ok = (
        isinstance(seq, int) and not isinstance(seq, bool) and seq > 0
        and isinstance(epoch, str) and 0 < len(epoch) <= 16
        and isinstance(hlc, str) and len(hlc) <= 64
        and isinstance(entity, str) and entity in MODEL_BY_TABLE
        and isinstance(row_id, str) and 0 < len(row_id) <= 36
        and op in OPS and isinstance(data, dict) and isinstance(base, dict) and isinstance(chash, str)
    )
    if not ok:
        raise MalformedBundleError(f"Change {number} of the bundle is not a valid change.")
    assert isinstance(seq, int) and isinstance(epoch, str) and isinstance(hlc, str)
    assert isinstance(entity, str) and isinstance(row_id, str) and isinstance(op, str)
    assert isinstance(data, dict) and isinstance(base, dict) and isinstance(chash, str)
    if not _HLC.match(hlc):
        raise MalformedBundleError(f"Change {number} has an invalid timestamp.")
    if any(isinstance(value, dict) for value in data.values()):
        restored = {key: _restore(value, attachments, number) for key, value in data.items()}
    else:
        restored = data
    data_json = _dumps(restored)
    # The same bytes as changes.content_hash() hashes: [entity, row_id, op, data] in canonical JSON.
    quoted = f'"{row_id}"' if _PLAIN_ID.match(row_id) else json.dumps(row_id, ensure_ascii=False)
    head = f'["{entity}",{quoted},"{op}",'
    if hashlib.sha256(f"{head}{data_json}]".encode()).hexdigest() != chash:
        raise MalformedBundleError(f"Change {number} does not match its content hash.")
    base_json = _dumps(base) if base else "{}"
    return _Rec(seq, epoch, hlc, entity, row_id, op, restored, base, chash, data_json, base_json)


def _restore(value: Any, attachments: dict[str, bytes], number: int) -> Any:
    if isinstance(value, dict) and set(value) == {"$attachment"}:
        content = attachments.get(str(value["$attachment"]))
        if content is None:
            raise MalformedBundleError(f"Change {number} names an attachment the bundle does not hold.")
        return {"$bytes": base64.b64encode(content).decode("ascii")}
    return value


# --- writing -------------------------------------------------------------------------------------


def _new_records(s: Connection, device_id: str, records: list[_Rec]) -> list[_Rec]:
    """The records not yet in the change log; SeqClashError when a known number differs."""
    if not records:
        return []
    epoch = records[0].epoch
    lo, hi = min(r.seq for r in records), max(r.seq for r in records)
    known = dict(
        s.execute(
            select(ChangeLog.seq, ChangeLog.content_hash).where(
                ChangeLog.device_id == device_id, ChangeLog.epoch == epoch, ChangeLog.seq.between(lo, hi)
            )
        ).all()
    )
    fresh = []
    for rec in records:
        if rec.seq not in known:
            fresh.append(rec)
        elif known[rec.seq] != rec.content_hash:
            raise SeqClashError(f"device {device_id}: change {rec.seq} seen twice with different content")
    return fresh


def _load_history(conn: Connection, wanted_rows: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[Change]]:
    """Every change known for these (entity, row id) pairs, through the (entity, row_id) index."""
    wanted = sorted(set(wanted_rows))
    out: dict[tuple[str, str], list[Change]] = defaultdict(list)
    cols = (ChangeLog.entity, ChangeLog.row_id, ChangeLog.hlc, ChangeLog.device_id, ChangeLog.epoch,
            ChangeLog.op, ChangeLog.data, ChangeLog.base)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        entities, ids = sorted({e for e, _ in chunk}), [r for _, r in chunk]
        query = select(*cols).where(ChangeLog.entity.in_(entities), ChangeLog.row_id.in_(ids))
        for entity, row_id, hlc, dev, epoch, op, data, base in conn.execute(query).all():
            out[(entity, row_id)].append(Change(hlc, dev, epoch, op, data or {}, base or {}))
    return out


def _apply(conn: Connection, device_id: str, fresh: list[_Rec]) -> int:
    by_entity: dict[str, dict[str, list[_Rec]]] = defaultdict(lambda: defaultdict(list))
    for rec in fresh:
        by_entity[rec.entity][rec.row_id].append(rec)
    existing_rows: dict[str, dict[str, dict[str, Any]]] = {}
    need: list[tuple[str, str]] = []
    for entity, rows in by_entity.items():
        existing_rows[entity] = load_rows(conn, entity, rows)
        long_fields = set(MODEL_BY_TABLE[entity].__long_text__)
        need += [
            (entity, rid) for rid, recs in rows.items()
            if rid not in existing_rows[entity] or any(long_fields & rec.data.keys() for rec in recs)
        ]
    # Loaded before this bundle's changes are written: the history known so far, then ours.
    history = _load_history(conn, need)
    conn.execute(
        insert(_RAW_CHANGE_LOG),
        [
            dict(device_id=device_id, epoch=r.epoch, seq=r.seq, hlc=r.hlc, entity=r.entity, row_id=r.row_id,
                 op=r.op, data=r.data_json, base=r.base_json, content_hash=r.content_hash, received=True)
            for r in fresh
        ],
    )
    conflicts = 0
    for entity, rows in by_entity.items():
        columns, convert = content_columns(entity), converter(entity)
        existing = existing_rows[entity]
        new, changed = [], []
        for rid, recs in rows.items():
            key = (entity, rid)
            history[key] = history.get(key, []) + [r.as_change(device_id) for r in recs]
            if rid in existing:
                state = state_from_row(entity, existing[rid])
                touched = False
                for rec in sorted(recs, key=lambda r: r.hlc):
                    touched = apply_change(state, rec.as_change(device_id), columns, convert) or touched
                if touched:
                    changed.append(row_from_state(entity, rid, state))
            else:
                folded = fold(history[key], columns, convert)
                if folded is not None:
                    new.append(row_from_state(entity, rid, folded))
        write_rows(conn, entity, new, changed)
        conflicts += _reconcile_conflicts(conn, entity, rows, history)
    return conflicts


def _reconcile_conflicts(
    conn: Connection, entity: str, rows: dict[str, list[_Rec]], history: dict[tuple[str, str], list[Change]]
) -> int:
    """Make the open conflicts of the touched long text fields match what their history says."""
    long_fields = MODEL_BY_TABLE[entity].__long_text__
    targets = sorted(
        {(rid, f) for rid, recs in rows.items() for rec in recs for f in long_fields if f in rec.data}
    )
    # Only a field with more than one known edit can hold a conflict.
    targets = [(rid, f) for rid, f in targets if sum(f in c.data for c in history.get((entity, rid), [])) > 1]
    if not targets:
        return 0
    stored: dict[tuple[str, str], list[Any]] = defaultdict(list)
    ids = sorted({rid for rid, _ in targets})
    cols = (Conflict.id, Conflict.row_id, Conflict.field, Conflict.version_a, Conflict.version_b, Conflict.status)
    for start in range(0, len(ids), CHUNK):
        query = select(*cols).where(Conflict.entity == entity, Conflict.row_id.in_(ids[start : start + CHUNK]))
        for row in conn.execute(query).all():
            stored[(row.row_id, row.field)].append(row)
    created = 0
    for rid, field in targets:
        known = stored.get((rid, field), [])
        settled = {v for c in known if c.status == "resolved" for v in (c.version_a, c.version_b)}
        wanted = field_conflicts(history.get((entity, rid), []), field, settled)
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


def _register(conn: Connection, manifest: Manifest, row: Any) -> None:
    now = utc_now_iso()
    if row is None:
        conn.execute(insert(Device).values(
            id=manifest.device_id, name=manifest.device_name, public_key=manifest.device_public_key,
            signing_key=None, is_self=False, first_seen=now, last_bundle_at=now, preregistered=False))
        return
    values: dict[str, Any] = {"last_bundle_at": now}
    if not row.public_key:
        values["public_key"] = manifest.device_public_key
    if manifest.device_name and not row.is_self:
        values["name"] = manifest.device_name
    conn.execute(update(Device).where(Device.id == manifest.device_id).values(**values))
