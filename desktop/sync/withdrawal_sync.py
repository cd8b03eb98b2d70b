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

A coordinator's correction that empties a withdrawal recorded in error travels too: each withdrawn
record's entry names the latest emptying before it (``emptied``), and records emptied and not
withdrawn since are listed under their own key. The laptop settles each record's withdrawal by the
merge's rule (``merge.settle_withdrawal``) over its own changes of the record, the record as stored
and the centre's marks: the emptying takes back the laptop's withdrawals written before it (the one
corrected), never one written after it. Without this the laptop kept the withdrawal the centre had
corrected: its register said withdrawn, the centre's not. An older laptop ignores both additions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Table, func, or_, select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core import change_set, changes, withdrawal_rule
from desktop.core.clock import is_timestamp
from desktop.core.consent import WITHDRAWAL_SCOPES
from desktop.core.models import ChangeLog, ConsentRecord
from desktop.core.withdrawal_rule import WITHDRAWAL_SCOPE, WITHDRAWN_AT
from desktop.sync.errors import MalformedBundleError
from desktop.sync.merge import Change, RowState, settle_withdrawal
from desktop.sync.values import ValueProblem, entity_checks

_CHUNK = 500

KEY = "consent_withdrawal"
#: consent records whose withdrawal a coordinator emptied (corrected), and nothing withdrawn since
EMPTIED_KEY = "consent_withdrawal_emptied"
FIELDS = withdrawal_rule.FIELDS
_TABLE = cast(Table, ConsentRecord.__table__)
_ENTITY = ConsentRecord.__tablename__


def team_payload(s: OrmSession) -> dict[str, list[dict[str, Any]]]:
    """Every withdrawn consent record's id and marks, with the time each mark was written, and the
    time of the latest emptying known before them; every record emptied and not withdrawn since."""
    emptied = _emptied(s)
    rows = s.scalars(select(ConsentRecord).where(
        ConsentRecord.deleted.is_(False), ConsentRecord.withdrawn_at.is_not(None)).order_by(ConsentRecord.id))
    withdrawn = [{"id": r.id, **{k: getattr(r, k) for k in FIELDS},
                  "versions": {k: changes.field_version(r, k) for k in FIELDS},
                  **({"emptied": emptied[r.id]} if r.id in emptied else {})} for r in rows]
    rest = sorted(set(emptied) - {w["id"] for w in withdrawn})
    live = set(s.scalars(select(ConsentRecord.id).where(
        ConsentRecord.deleted.is_(False), ConsentRecord.id.in_(rest)))) if rest else set()
    return {KEY: withdrawn, EMPTIED_KEY: [{"id": i, "emptied": emptied[i]} for i in rest if i in live]}


def _emptied(s: OrmSession) -> dict[str, str]:
    """The time (HLC) of the latest change emptying each consent record's withdrawal that this
    database took: a coordinator's correction (a field laptop's is refused: consent_guard)."""
    empty = [func.json_type(ChangeLog.data, f"$.{k}") == "null" for k in FIELDS]
    blank = [func.json_extract(ChangeLog.data, f"$.{k}") == "" for k in FIELDS]
    found = s.execute(select(ChangeLog.row_id, func.max(ChangeLog.hlc)).where(
        ChangeLog.entity == _ENTITY, ChangeLog.op == "update", or_(*empty, *blank)).group_by(ChangeLog.row_id))
    return {str(row_id): str(hlc) for row_id, hlc in found}


def apply_team_payload(s: OrmSession, payload: Mapping[str, Any]) -> int:
    """Settle this database's consent records' withdrawals with the centre's (``merge``'s rule over
    this laptop's own changes, its rows and the centre's marks and emptyings); returns records changed."""
    items, emptied = payload.get(KEY) or [], payload.get(EMPTIED_KEY) or []
    if not isinstance(items, list) or not isinstance(emptied, list):
        raise MalformedBundleError("The team update's withdrawals are not a list.")
    centre: dict[str, list[Change]] = {}
    for w in (_checked(item) for item in items):
        when, scope, versions = w["withdrawn_at"], w["withdrawal_scope"], w["versions"]
        centre.setdefault(w["id"], []).append(_said(versions[WITHDRAWAL_SCOPE], when, scope))
        if w["emptied"]:
            centre[w["id"]].append(_said(w["emptied"], None, None))
    for record_id, hlc in (_checked_emptied(item) for item in emptied):
        centre.setdefault(record_id, []).append(_said(hlc, None, None))
    if not centre:
        return 0
    by_id = {r.id: r for r in s.scalars(select(ConsentRecord).where(ConsentRecord.id.in_(sorted(centre))))}
    own = _own_changes(s, sorted(by_id))
    changed = 0
    for record_id, row in by_id.items():  # others: another laptop's records, or never had here
        held = RowState({k: getattr(row, k) for k in FIELDS}, row.created_at, row.origin_device,
                        {k: v for k, v in (row.versions or {}).items() if k in FIELDS})
        state = RowState(dict(held.values), held.created_at, held.origin_device, dict(held.versions))
        if not settle_withdrawal(state, [*own.get(record_id, []), *centre[record_id]], _same, held):
            continue
        written = {k: state.version(k) for k in FIELDS}
        versions = {**(row.versions or {}), **written}
        stamp = max([row.updated_at or "", *written.values()])
        # Through the table: the fields keep the time they were written at the centre.
        s.execute(update(_TABLE).where(_TABLE.c.id == row.id).values(
            **{k: state.values[k] for k in FIELDS}, versions=versions, updated_at=stamp))
        changed += 1
    if changed:  # Core writes: the views of consent (register, participants, quotes) read them again
        change_set.wrote_in_bulk(s, {ConsentRecord.__tablename__})
    return changed


def _said(hlc: str, when: str | None, scope: str | None) -> Change:
    return Change(hlc, "", "", "update", {WITHDRAWN_AT: when, WITHDRAWAL_SCOPE: scope})


def _same(_key: str, value: Any) -> Any:
    return value


def _own_changes(s: OrmSession, ids: list[str]) -> dict[str, list[Change]]:
    """This laptop's own changes of these consent records (its change log: a laptop takes no bundles)."""
    out: dict[str, list[Change]] = {}
    for start in range(0, len(ids), _CHUNK):
        for c in s.scalars(select(ChangeLog).where(ChangeLog.entity == _ENTITY,
                                                   ChangeLog.row_id.in_(ids[start : start + _CHUNK]))):
            out.setdefault(c.row_id, []).append(Change(c.hlc, c.device_id, c.epoch, c.op, dict(c.data or {})))
    return out


def _checked(item: object) -> dict[str, Any]:
    """A withdrawal mark as the merge may read it: a record id, a day that fits the record's column (not
    empty: an empty day is an emptying to the merge's rule), a scope, and each time an HLC (times are
    compared as text: one that is not an HLC could sort after every real one and win for ever). Else the whole
    update is refused (``malformed``), as a retired code that is not such a row is."""
    bad = MalformedBundleError("The team update holds an invalid withdrawal.")
    if not isinstance(item, dict):
        raise bad
    record_id, versions = item.get("id"), item.get("versions")
    when, scope, emptied = item.get("withdrawn_at"), item.get("withdrawal_scope"), item.get("emptied")
    if not (isinstance(record_id, str) and isinstance(versions, dict) and isinstance(when, str) and when
            and scope in WITHDRAWAL_SCOPES and all(_time_or_none(versions.get(k)) for k in FIELDS)
            and (emptied is None or is_timestamp(emptied))):
        raise bad
    try:
        entity_checks(_ENTITY).check_data("update", {WITHDRAWN_AT: when, WITHDRAWAL_SCOPE: scope}, True)
    except ValueProblem:
        raise bad from None
    return {"id": record_id, "withdrawn_at": when, "withdrawal_scope": scope,
            "versions": {k: str(versions[k]) for k in FIELDS}, "emptied": emptied}


def _time_or_none(version: object) -> bool:
    """An HLC, or "" (a field written before its row had times: ``changes.field_version``), which
    sorts before every time and so wins over nothing."""
    return version == "" or is_timestamp(version)


def _checked_emptied(item: object) -> tuple[str, str]:
    if not (isinstance(item, dict) and isinstance(item.get("id"), str) and is_timestamp(item.get("emptied"))):
        raise MalformedBundleError("The team update holds an invalid withdrawal.")
    return str(item["id"]), str(item["emptied"])
