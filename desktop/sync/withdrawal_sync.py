"""Withdrawals in team updates: the centre's consent records' withdrawal marks reach the laptops.

A withdrawal is a field update of consent records (``withdrawn_at``, ``withdrawal_scope``). One
recorded at the centre (a participant who phoned the coordinator) never left it: the centre sends no
bundles, and a team update carried the erasure of a withdrawal of everything but not the marks, so
the laptop that recorded the participant went on quoting them after a withdrawal of quotes, and its
consent register showed a withdrawal of everything as never made. The team update now carries, for
every withdrawn consent record, its id and the two fields with the time each was written: no content
(team updates are signed, not encrypted). A laptop applies each field where it is newer than its own
(last writer wins, as a bundle's change would), in the update's replicating transaction: it is not
logged again, the centre has it. A laptop of an older version ignores the key. As in the merge, a
withdrawal only widens: the centre's withdrawal of quotes, however new, leaves the laptop's withdrawal
of everything (the centre had not heard of it yet), and the centre's withdrawal of everything replaces
the laptop's of quotes, however old.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core import change_set, changes, withdrawal_rule
from desktop.core.consent import WITHDRAWAL_SCOPES
from desktop.core.models import ConsentRecord
from desktop.sync.errors import MalformedBundleError

KEY = "consent_withdrawal"
FIELDS = withdrawal_rule.FIELDS
_TABLE = cast(Table, ConsentRecord.__table__)


def team_payload(s: OrmSession) -> dict[str, list[dict[str, Any]]]:
    """Every withdrawn consent record's id and marks, with the time each mark was written."""
    rows = s.scalars(select(ConsentRecord).where(
        ConsentRecord.deleted.is_(False), ConsentRecord.withdrawn_at.is_not(None)).order_by(ConsentRecord.id))
    return {KEY: [{"id": r.id, **{k: getattr(r, k) for k in FIELDS},
                   "versions": {k: changes.field_version(r, k) for k in FIELDS}} for r in rows]}


def apply_team_payload(s: OrmSession, payload: Mapping[str, Any]) -> int:
    """Apply the marks newer than this database's to its consent records; returns records changed."""
    items = payload.get(KEY) or []
    if not isinstance(items, list):
        raise MalformedBundleError("The team update's withdrawals are not a list.")
    wanted = [_checked(item) for item in items]
    if not wanted:
        return 0
    by_id = {r.id: r for r in s.scalars(select(ConsentRecord).where(
        ConsentRecord.id.in_([w["id"] for w in wanted])))}
    changed = 0
    for w in wanted:
        row = by_id.get(w["id"])
        if row is None:  # a record of another laptop, or of a participant this laptop never had
            continue
        newer = withdrawal_rule.replacing({k: getattr(row, k) for k in FIELDS},
                                          {k: changes.field_version(row, k) for k in FIELDS}, w, w["versions"])
        if not newer:  # narrower than this laptop's own, or not newer
            continue
        versions = {**(row.versions or {}), **{k: w["versions"][k] for k in newer}}
        stamp = max([row.updated_at or "", *(w["versions"][k] for k in newer)])
        # Through the table: the fields keep the time they were written at the centre.
        s.execute(update(_TABLE).where(_TABLE.c.id == row.id).values(**newer, versions=versions, updated_at=stamp))
        changed += 1
    if changed:  # Core writes: the views of consent (register, participants, quotes) read them again
        change_set.wrote_in_bulk(s, {ConsentRecord.__tablename__})
    return changed


def _checked(item: object) -> dict[str, Any]:
    bad = MalformedBundleError("The team update holds an invalid withdrawal.")
    if not isinstance(item, dict):
        raise bad
    record_id, versions = item.get("id"), item.get("versions")
    when, scope = item.get("withdrawn_at"), item.get("withdrawal_scope")
    if not (isinstance(record_id, str) and isinstance(versions, dict) and isinstance(when, str)
            and scope in WITHDRAWAL_SCOPES and all(isinstance(versions.get(k), str) for k in FIELDS)):
        raise bad
    return {"id": record_id, "withdrawn_at": when, "withdrawal_scope": scope,
            "versions": {k: str(versions[k]) for k in FIELDS}}
