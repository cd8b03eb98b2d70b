"""A laptop's own codes that the centre merged or deleted: team updates carry that back to the laptop.

A facilitator's in-vivo code reaches the centre in a bundle, and the coordinator merges it into the
team's codebook code ("water shortage" into "Water") or deletes it. The centre never publishes a field
laptop's own rows (``team_snapshot.snapshot``), so the laptop kept the code, live, and went on coding with it:
its codes and counts no longer matched the centre's, and nothing on the laptop said so (the centre
moved each of those codings on arrival, ``deleted_codes``).

A team update now carries, for every code a field laptop made that the centre merged or deleted, the
code's id, the live code it ends in ("into": through a chain of merges; null for a deletion) and the
time each of the two marks was written: no names (an in-vivo code's name is a participant's words, and
team updates are signed, not encrypted). The laptop that made the code applies it where the centre's
marks are newer than its own, in the update's replicating transaction (not logged again, the centre has
it), only to its own live codes and only into a code it holds live; its sub-codes move as
``codebook.merge`` or ``codebook.delete`` would have moved them, and its codings follow
(``deleted_codes.follow_the_codebook``, which the update runs next). Every other laptop holds no such
code and skips the entry. A laptop of an older version ignores the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core import change_set, changes
from desktop.core.clock import is_timestamp
from desktop.core.ids import PLAIN_ID
from desktop.core.models import Code
from desktop.sync.deleted_codes import survivor
from desktop.sync.errors import MalformedBundleError

KEY = "retired_code"
FIELDS = ("deleted", "merged_into")
_TABLE = cast(Table, Code.__table__)


def team_payload(s: OrmSession, publishers: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Each code made on a field laptop (not by a publisher) that is merged or deleted here."""
    codes = {c.id: c for c in s.scalars(select(Code))}
    chain = {cid: (c.deleted, c.merged_into) for cid, c in codes.items()}
    rows = []
    for code in sorted(codes.values(), key=lambda c: c.id):
        if not code.deleted or not code.origin_device or code.origin_device in publishers:
            continue
        rows.append({"id": code.id, "into": survivor(code.id, chain),
                     "versions": {k: changes.field_version(code, k) for k in FIELDS}})
    return {KEY: rows}


def apply_team_payload(s: OrmSession, payload: Mapping[str, Any], laptop: str | None) -> int:
    """Retire this laptop's own codes as the centre did; returns codes changed. ``laptop``: this
    database's device id in the team (None at the centre or working alone: nothing to do)."""
    items = payload.get(KEY) or []
    if not isinstance(items, list):
        raise MalformedBundleError("The team update's retired codes are not a list.")
    wanted = [_checked(item) for item in items]
    if not wanted or laptop is None:
        return 0
    codes = {c.id: c for c in s.scalars(select(Code))}
    changed = 0
    for w in wanted:
        code = codes.get(w["id"])
        if code is None or code.deleted or code.origin_device != laptop:
            continue  # another laptop's code, or a team code (the snapshot carries those)
        into = codes.get(w["into"]) if w["into"] is not None else None
        if w["into"] is not None and (into is None or into.deleted or into.id == code.id):
            continue  # merged into a code this laptop does not hold: its codings would be lost here
        if not w["versions"]["deleted"] > changes.field_version(code, "deleted"):
            continue  # not newer than this laptop's own mark (a stale or replayed entry)
        _move_sub_codes(s, code, into, laptop)
        values = {"deleted": True, "merged_into": into.id if into is not None else None}
        versions = {**(code.versions or {}), **w["versions"]}
        stamp = max([code.updated_at or "", *w["versions"].values()])
        # Through the table: the marks keep the time they were written at the centre.
        s.execute(update(_TABLE).where(_TABLE.c.id == code.id).values(**values, versions=versions, updated_at=stamp))
        changed += 1
    if changed:  # Core writes: the codebook page and the coding windows read the codes again
        change_set.wrote_in_bulk(s, {Code.__tablename__})
    return changed


def _move_sub_codes(s: OrmSession, code: Code, into: Code | None, laptop: str) -> None:
    """This laptop's own live sub-codes of ``code``: under ``into`` after its own (a merge), or up to
    ``code``'s parent (a deletion), as the centre's merge or deletion moved them."""
    for child in s.scalars(select(Code).where(Code.parent_id == code.id, Code.deleted.is_(False),
                                              Code.origin_device == laptop)):
        if into is not None:
            values: dict[str, Any] = {"parent_id": into.id, "position": child.position + 1000.0}
        else:
            values = {"parent_id": code.parent_id}
        s.execute(update(_TABLE).where(_TABLE.c.id == child.id).values(**values))


def _checked(item: object) -> dict[str, Any]:
    bad = MalformedBundleError("The team update holds an invalid retired code.")
    if not isinstance(item, dict):
        raise bad
    code_id, into, versions = item.get("id"), item.get("into"), item.get("versions")
    if not (isinstance(code_id, str) and PLAIN_ID.match(code_id) and (into is None or isinstance(into, str) and PLAIN_ID.match(into))
            and isinstance(versions, dict) and all(is_timestamp(versions.get(k)) for k in FIELDS)):
        raise bad
    return {"id": code_id, "into": into, "versions": {k: str(versions[k]) for k in FIELDS}}
