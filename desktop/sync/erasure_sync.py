"""Erasures in bundles and team updates: they travel content-free, and they stick on arrival.

* A change whose content was erased (``desktop.core.erasure`` scrubs the change log) carries the
  flag ``"$erased"`` and its original content hash, which is its identity: an older bundle with the
  same change is then recognised as already known, never as a clash. Such a change cannot match its
  hash; it is accepted only if what it carries in erasable fields is visibly erased.
* After a bundle's changes are applied, ``after_apply`` keeps every erased field erased (an erasure
  that arrives first scrubs what follows; one that arrives last scrubs what came before).
* The centre's erasures (its own, and the ones it received) go out in team updates, so every device
  erases too; a device applies them like the centre does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import change_set, erasure, retention, retention_kept
from desktop.core.ids import PLAIN_ID
from desktop.core.models import Erasure, LocalState
from desktop.sync import withdrawal_sync
from desktop.sync.errors import MalformedBundleError
from desktop.sync.rows import content_columns
from desktop.sync.team_snapshot import snapshot

ENTITY = "erasure"
RETENTION = "retention"


def unflag(entity: str, data: dict[str, Any], number: int) -> tuple[dict[str, Any], bool]:
    """(data without the erasure flag, whether it was flagged); refuses a flag on real content."""
    if erasure.ERASED_FLAG not in data:
        return data, False
    if data[erasure.ERASED_FLAG] is not True or not erasure.is_scrubbed(entity, data):
        raise MalformedBundleError(f"Change {number} says it was erased but still holds content.")
    return {k: v for k, v in data.items() if k != erasure.ERASED_FLAG}, True


def after_apply(conn: Connection, touched: Iterable[tuple[str, str]]) -> erasure.ScrubCount:
    return erasure.enforce(conn, touched)


# --- team updates: the centre's erasures and retention setting go out to devices ------------------


def team_payload(s: OrmSession) -> dict[str, list[dict[str, Any]]]:
    payload: dict[str, list[dict[str, Any]]] = dict(snapshot(s, (ENTITY,)))
    for row in payload[ENTITY]:
        # Team updates are signed, not encrypted: the free-text reason stays at the centre.
        row["data"]["reason"] = ""
    months = s.get(LocalState, retention.SETTING_KEY)
    if months is not None and months.value.isdigit():
        payload[RETENTION] = [{"months": int(months.value)}]
    payload.update(withdrawal_sync.team_payload(s))  # the consent records' withdrawal marks
    return payload


def apply_team_payload(s: OrmSession, payload: Mapping[str, Any]) -> int:
    """Insert the erasures a team update brings and erase accordingly; returns rows erased."""
    conn = s.connection()
    items = payload.get(ENTITY) or []
    if not isinstance(items, list):
        raise MalformedBundleError("The team update's erasures are not a list.")
    have = set(conn.execute(select(Erasure.id)).scalars())
    columns = set(content_columns(ENTITY))
    fresh: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            raise MalformedBundleError("The team update holds an invalid erasure.")
        row_id, created, data = item.get("id"), item.get("created_at"), item.get("data")
        if not (isinstance(row_id, str) and PLAIN_ID.match(row_id) and isinstance(created, str)
                and isinstance(data, dict)):  # its id plain, as every published row's (snapshot_rows)
            raise MalformedBundleError("The team update holds an invalid erasure.")
        if row_id in have or data.get("scope") not in erasure.SCOPES:
            continue
        row = {k: v for k, v in data.items() if k in columns}
        # A retention run's kept participants: checked as a bundle's (ids only, bounded) before anything.
        if "kept" in row and retention_kept.kept_problem(row["kept"]) is not None:
            raise MalformedBundleError("The team update holds an invalid erasure.")
        if not all(isinstance(v, str | bool) for k, v in row.items() if k != "kept"):
            raise MalformedBundleError("The team update holds an invalid erasure.")
        fresh.append({**row, "id": row_id, "created_at": created, "updated_at": created,
                      "origin_device": str(item.get("origin_device") or ""), "versions": {},
                      "deleted": bool(row.get("deleted", False))})
    if fresh:
        conn.execute(insert(Erasure), fresh)
    for entry in payload.get(RETENTION) or []:
        months = entry.get("months") if isinstance(entry, dict) else None
        if isinstance(months, int) and 1 <= months <= retention.MAX_MONTHS:
            s.merge(LocalState(key=retention.SETTING_KEY, value=str(months)))
    count = erasure.ScrubCount()
    for rule_id, rule in erasure.rules_by_id(conn):
        if rule_id in {r["id"] for r in fresh}:
            count += erasure.apply_rule(conn, rule)
    if fresh:  # Core writes on the connection: say so (views of the words erased read them again)
        change_set.wrote_in_bulk(s, erasure.TABLES)
    marked = withdrawal_sync.apply_team_payload(s, payload)
    return count.turns + count.participants + count.images + count.memos + count.history + marked
