"""The change log: every insert, update and tombstone of a synced row, written in the same flush.

Recording happens in a ``before_flush`` hook on the ORM session rather than in each service, so no
service can forget it and a rolled-back transaction leaves no change behind. A session marked
``session.info["replicating"] = True`` (bundle import, team updates) applies other devices' changes
and records nothing of its own.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import JSON, Column, MetaData, Table, Text, event, func, insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import SessionTransaction, UOWTransaction

from desktop.core.busy_wait import hold_the_file
from desktop.core.clock import HybridClock
from desktop.core.field_text import fit, fit_encoded_json, fit_fields, pattern_of
from desktop.core.ids import new_id
from desktop.core.models import ChangeLog, Synced


@dataclass
class Recorder:
    """What the hook needs to know about this database; stored in ``session.info["recorder"]``."""

    device_id: str
    epoch: str
    clock: HybridClock
    stamping: bool = False  # inside the clock's gate since this transaction's first stamp

    def stamp(self) -> str:
        """A new time stamp. A transaction's first waits while the waiting work is being re-dated
        (``StampGate``); the transaction leaves the gate when it ends (:func:`_transaction_ended`)."""
        self.enter()
        return self.clock.now()

    def enter(self) -> None:
        """Into the clock's gate, once per transaction (see ``stamp``)."""
        if not self.stamping:
            self.clock.gate.enter()
            self.stamping = True


def _transaction_ended(session: OrmSession, transaction: SessionTransaction) -> None:
    rec: Recorder | None = session.info.get("recorder")
    if transaction.parent is None and rec is not None and rec.stamping:  # the outermost: committed or not
        rec.stamping = False
        rec.clock.gate.leave()


class HardDeleteError(RuntimeError):
    """Synced rows are tombstoned (``deleted = True``), never deleted, so deletions can travel."""


def to_json_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def from_json_value(column_type: Any, value: Any) -> Any:
    """Inverse of :func:`to_json_value` for one column, used when applying received changes."""
    if isinstance(value, dict) and set(value) == {"$bytes"}:
        return base64.b64decode(value["$bytes"])
    if value is not None and column_type.python_type is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def content_hash(entity: str, row_id: str, op: str, data: dict[str, Any]) -> str:
    """Hash of what a change says, to tell a re-sent change from a different one with the same number."""
    blob = json.dumps([entity, row_id, op, data], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _content_columns(obj: Synced) -> list[str]:
    return [c.key for c in sa_inspect(type(obj)).column_attrs if c.key not in Synced.BOOKKEEPING]


def field_version(obj: Synced, key: str) -> str:
    """The HLC of the last write of one field of a row."""
    return str((obj.versions or {}).get(key) or obj.created_at or "")


def _apply_defaults(obj: Synced) -> None:
    """Fill Python-side column defaults now, so the logged insert carries the values the row will have."""
    for attr in sa_inspect(type(obj)).column_attrs:
        column = attr.columns[0]
        if getattr(obj, attr.key) is not None or column.default is None:
            continue
        default = column.default
        if getattr(default, "is_scalar", False):
            setattr(obj, attr.key, default.arg)
        elif getattr(default, "is_callable", False) and attr.key != "id":
            setattr(obj, attr.key, default.arg(None))


def _next_seq(session: OrmSession, rec: Recorder) -> int:
    # Asked of the database each flush, so a rolled-back transaction never leaves a hole or a repeat;
    # with the file held first, so that another program writing it cannot take the same number. Into
    # the clock's gate before that: a re-dating closes the gate and then writes, and a transaction
    # that held the file while it waited at the gate kept the re-dating from writing.
    rec.enter()
    hold_the_file(session)
    current = session.execute(
        select(func.max(ChangeLog.seq)).where(
            ChangeLog.device_id == rec.device_id, ChangeLog.epoch == rec.epoch
        )
    ).scalar()
    return int(current or 0) + 1


def _record(session: OrmSession, flush_context: UOWTransaction, instances: object) -> None:
    if session.info.get("replicating"):
        return
    rec: Recorder | None = session.info.get("recorder")
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise HardDeleteError(f"{type(obj).__name__} rows are tombstoned, not deleted")
    pending: list[tuple[Synced, str, dict[str, Any], dict[str, Any]]] = []
    for obj in list(session.new):
        if isinstance(obj, Synced):
            _apply_defaults(obj)
            fit_fields(obj, _content_columns(obj))  # what the centre would refuse never enters the log
            data = {k: to_json_value(getattr(obj, k)) for k in _content_columns(obj)}
            data["deleted"] = bool(obj.deleted)
            pending.append((obj, "insert", data, {}))
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj, include_collections=False):
            continue
        state = sa_inspect(obj)
        fit_fields(obj, [key for key in _content_columns(obj) if state.attrs[key].history.has_changes()])
        data, base = {}, {}
        for key in _content_columns(obj):
            hist = state.attrs[key].history
            if hist.has_changes():
                data[key] = to_json_value(getattr(obj, key))
                if key in type(obj).__long_text__:
                    base[key] = field_version(obj, key)
        if not data:
            continue
        op = "delete" if data.get("deleted") is True else "update"
        pending.append((obj, op, data, base))
    if not pending:
        return
    if rec is None:
        raise RuntimeError("synced rows changed through a session without a change recorder")
    seq = _next_seq(session, rec)
    for obj, op, data, base in pending:
        hlc = rec.stamp()
        if op == "insert":
            obj.id = obj.id or new_id()
            obj.created_at = hlc
            obj.origin_device = rec.device_id
            obj.versions = {}  # a field without an entry is at the row's created_at version
        else:
            obj.versions = {**(obj.versions or {}), **dict.fromkeys(data, hlc)}
        obj.updated_at = hlc
        session.add(
            ChangeLog(
                device_id=rec.device_id,
                epoch=rec.epoch,
                seq=seq,
                hlc=hlc,
                entity=type(obj).__tablename__,
                row_id=obj.id,
                op=op,
                data=data,
                base=base,
                content_hash=content_hash(type(obj).__tablename__, obj.id, op, data),
            )
        )
        seq += 1




def log_again(session: OrmSession, obj: Synced) -> None:
    """Log a stored row's insert once more, as a change of this device in the current epoch.

    For a row that is in this database without its change (a restore put back a backup made before
    it, and the row was carried over from the copy replaced): the change says what the row holds,
    dated as the row was made (its ``created_at``), so a receiver that already has the row from the
    earlier epoch finds nothing newer in it, and one that has not builds the same row.
    """
    rec: Recorder | None = session.info.get("recorder")
    if rec is None or session.info.get("replicating"):
        raise RuntimeError("log_again records a change of this device: a recording session is needed")
    data = {k: to_json_value(getattr(obj, k)) for k in _content_columns(obj)}
    data["deleted"] = bool(obj.deleted)
    entity = type(obj).__tablename__
    session.add(ChangeLog(
        device_id=rec.device_id, epoch=rec.epoch, seq=_next_seq(session, rec), hlc=obj.created_at,
        entity=entity, row_id=obj.id, op="insert", data=data, base={},
        content_hash=content_hash(entity, obj.id, "insert", data),
    ))
    session.flush()  # the next one asks the database for its number


def log_fields_again(session: OrmSession, entity: str, row_id: str, data: dict[str, Any], hlc: str) -> None:
    """Log an update of some fields of a stored row once more, as a change of this device in the
    current epoch, dated ``hlc`` (when those fields were written). For fields a restore carried over
    from the copy replaced (a withdrawal on a consent record): the receiver that already has them at
    that time finds nothing newer, one that has not takes them (``data``: already JSON values)."""
    rec: Recorder | None = session.info.get("recorder")
    if rec is None or session.info.get("replicating"):
        raise RuntimeError("log_fields_again records a change of this device: a recording session is needed")
    session.add(ChangeLog(
        device_id=rec.device_id, epoch=rec.epoch, seq=_next_seq(session, rec), hlc=hlc,
        entity=entity, row_id=row_id, op="update", data=data, base={},
        content_hash=content_hash(entity, row_id, "update", data),
    ))
    session.flush()


def canonical_json(value: Any, fallback: Callable[[Any], Any] | None = None) -> str:
    """The one JSON text of a value that content hashes are made of (sorted keys, compact, not escaped);
    ``fallback`` turns what JSON cannot hold (a date) into what it can."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=fallback)


@functools.cache
def _raw_table(table: Table) -> Table:
    """``table`` with its JSON columns as plain text: values go in already encoded."""
    return Table(table.name, MetaData(),
                 *[Column(c.name, Text if isinstance(c.type, JSON) else c.type) for c in table.columns])


def insert_encoded(session: OrmSession, model: type[Synced], values: dict[str, Any], *,
                   fallback: Callable[[Any], Any] | None = None) -> str:
    """Insert one new synced row and its change-log entry through Core; returns its id.

    For bulk rows (a survey's blocks of a thousand answers): each JSON value is encoded once, and that
    one text is the row's column, the logged change's data and what its content hash is made of, where
    the ORM and the flush hook would encode it three times. ``values``: every content column;
    ``fallback``: see :func:`canonical_json`.
    """
    rec: Recorder | None = session.info.get("recorder")
    if rec is None or session.info.get("replicating"):
        raise RuntimeError("insert_encoded records a change of this device: a recording session is needed")
    table = cast(Table, model.__table__)
    entity = table.name
    columns = [c.name for c in table.columns if c.name not in Synced.BOOKKEEPING]
    missing = set(columns) - set(values) - {"deleted"}
    if missing:
        raise ValueError(f"insert_encoded needs every content column; missing {sorted(missing)}")
    data = {name: to_json_value(values.get(name, False)) for name in columns}
    data["deleted"] = bool(data["deleted"])
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    for name, value in data.items():  # what the centre would refuse never enters the log (as fit_fields)
        pattern = pattern_of(table.columns[name].type) if isinstance(value, str) else None
        if pattern is not None:
            data[name] = fit(value, pattern)
    encoded = {name: canonical_json(value, fallback) for name, value in data.items()}
    for name in json_columns & encoded.keys():  # rare: a control character in bulk text (an .xlsx's _x000B_)
        fitted = fit_encoded_json(entity, name, data[name], encoded[name])
        if fitted is not None:
            data[name] = fitted
            encoded[name] = canonical_json(fitted, fallback)
    data_text = "{" + ",".join(f"{canonical_json(name)}:{encoded[name]}" for name in sorted(encoded)) + "}"
    row_id, hlc = new_id(), rec.stamp()
    blob = f"[{canonical_json(entity)},{canonical_json(row_id)},\"insert\",{data_text}]"
    seq = _next_seq(session, rec)  # flushes what the ORM holds first, so the numbers stay in order
    row = {name: encoded[name] if name in json_columns else data[name] for name in columns}
    row.update(id=row_id, created_at=hlc, updated_at=hlc, origin_device=rec.device_id, versions="{}")
    session.execute(insert(_raw_table(table)), [row])
    session.execute(insert(_raw_table(cast(Table, ChangeLog.__table__))), [{
        "device_id": rec.device_id, "epoch": rec.epoch, "seq": seq, "hlc": hlc, "entity": entity,
        "row_id": row_id, "op": "insert", "data": data_text, "base": "{}",
        "content_hash": hashlib.sha256(blob.encode("utf-8")).hexdigest(), "received": False,
    }])
    return row_id


def install(session_factory: Any) -> None:
    """Attach the recorder hook to a sessionmaker (or Session class)."""
    event.listen(session_factory, "before_flush", _record)
    event.listen(session_factory, "after_transaction_end", _transaction_ended)
