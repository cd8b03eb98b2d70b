"""Snapshots: whole synced rows with their versions, as team files and team updates carry them (written
by the centre, applied by field-level LWW on a laptop). Moved out of ``sync/rows.py``, whose plain-data
helpers they use."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.changes import to_json_value
from desktop.sync.merge import Change as MergeChange
from desktop.sync.merge import RowState, apply_change
from desktop.sync.rows import (
    content_columns,
    converter,
    load_rows,
    row_from_state,
    state_from_row,
    table_of,
    write_rows,
)
from desktop.sync.snapshot_rows import check_row

SNAPSHOT_ENTITIES = ("organisation", "code", "consent_template", "consent_clause")
# Team-wide rows that only coordinators change (``ownership.TEAM_WIDE``): team updates carry them to
# the field laptops, which read them and link evidence to them. Not published: a coordinator's
# bundle may change them too.
TEAM_WIDE_ENTITIES = ("recommendation", "recommendation_status")
TEAM_UPDATE_ENTITIES = SNAPSHOT_ENTITIES + TEAM_WIDE_ENTITIES


def snapshot(
    session: OrmSession, entities: Sequence[str] = SNAPSHOT_ENTITIES, *, publishers: Iterable[str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Whole rows with their versions. ``publishers``: only the rows those devices created (and rows
    made here before devices were told apart, whose origin is empty), so that what the centre signs
    is its own and its coordinators': a field laptop's own consent form or in-vivo code reaches the
    centre in its bundles but is never re-signed and sent to every laptop."""
    out: dict[str, list[dict[str, Any]]] = {}
    allowed = None if publishers is None else sorted({*publishers, ""})
    for entity in entities:
        table = table_of(entity)
        query = select(table).order_by(table.c.id)
        if allowed is not None:
            query = query.where(table.c.origin_device.in_(allowed))
        rows = session.execute(query).mappings()
        out[entity] = [
            {
                "id": row["id"],
                "created_at": row["created_at"],
                "origin_device": row["origin_device"],
                "versions": dict(row["versions"] or {}),
                "data": {k: to_json_value(row[k]) for k in content_columns(entity)},
            }
            for row in rows
        ]
    return out


def max_hlc(payload: Mapping[str, Any]) -> str:
    """The newest HLC a payload holds, for the clock to move past."""
    best = ""
    for items in payload.values():
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                raw = item.get("versions")
                versions: dict[str, Any] = raw if isinstance(raw, dict) else {}
                for value in [item.get("created_at"), *versions.values()]:
                    if isinstance(value, str) and value > best:
                        best = value
    return best


def apply_snapshot(session: OrmSession, payload: Mapping[str, Any]) -> int:
    """Apply snapshot rows by field LWW (replicating session: nothing is re-logged); rows changed."""
    touched = 0
    for entity in TEAM_UPDATE_ENTITIES:
        items = payload.get(entity) or []
        if not isinstance(items, list):
            raise ValueError(f"payload {entity} is not a list")
        existing = load_rows(session, entity, [str(i.get("id")) for i in items if isinstance(i, dict)])
        convert = converter(entity)
        columns = content_columns(entity)
        new: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        seen: set[str] = set()
        for item in items:
            if not isinstance(item, dict):  # a team file's rows (a team update's lines are checked as read)
                raise ValueError(f"payload {entity} holds an invalid row")
            row_id, created, data = item.get("id"), item.get("created_at"), item.get("data")
            versions = item.get("versions") or {}
            if not (isinstance(row_id, str) and isinstance(created, str) and isinstance(data, dict)):
                raise ValueError(f"payload {entity} holds an invalid row")
            # A snapshot holds each row once. A new row twice stopped the join (or the update) on the
            # database's IntegrityError, "an error not foreseen", and anyone can make a team file.
            if row_id in seen:
                raise ValueError(f"payload {entity} holds a row twice")
            seen.add(row_id)
            check_row(entity, row_id in existing, created, data, versions, columns, row_id)
            # A snapshot is the set of writes it summarises: one per field, at that field's version.
            writes = [
                MergeChange(str(versions.get(k) or created), str(item.get("origin_device") or ""), "", "update", {k: v})
                for k, v in data.items()
            ]
            if row_id in existing:
                state = state_from_row(entity, existing[row_id])
                if any([apply_change(state, w, columns, convert) for w in writes]):
                    changed.append(row_from_state(entity, row_id, state))
            else:
                state = RowState(
                    {k: convert(k, v) for k, v in data.items() if k in columns},
                    created,
                    str(item.get("origin_device") or ""),
                    {k: str(v) for k, v in versions.items() if k in columns},
                )
                new.append(row_from_state(entity, row_id, state))
        write_rows(session, entity, new, changed)
        touched += len(new) + len(changed)
    return touched
