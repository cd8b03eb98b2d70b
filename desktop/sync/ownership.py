"""Who may change what: checked on a bundle's new changes before any of them is written.

* A field device may insert rows, and may change or tombstone only rows it created (the row's
  origin device): its own sessions, participants, in-vivo codes, and the consent forms it made
  while working alone are its rows like any other.
* A coordinator's database may change any row, except what the centre publishes.
* What the centre publishes (organisations, codebook entries, consent forms and their clauses)
  changes only through team updates signed with the central key, never through a device bundle
  (rows a device created itself stay its own).
* A consent form is its template rows and their clauses: a clause a bundle writes may name only a
  form its sender made (or one this database does not know yet). A clause the sender makes on the
  team's form, or moves onto it, would change that form as the centre shows, asks and publishes it
  again, though the clause row is the sender's own (``check_clause_forms``).
* Recommendations and their statuses are team-wide: only coordinators create, change or delete
  them. A field device's bundle that touches one is refused whole, even a row the device created
  itself. Field devices still attach evidence links (ordinary rows, their own) to them.

A row whose creation this database has not seen yet (its insert is in a bundle still to come) has
no known origin: changes to it are kept in the change log, and when the row is built from its
history, only its creator's and coordinators' changes count (:func:`trusted_history`). So the
result does not depend on the order bundles arrive in. (Row ids are random: a device learns other
devices' ids only for published rows, which are all here already.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.sync.change_records import RowRecords, listed
from desktop.sync.errors import NotOwnerError, PublishedRowError, TeamWideRowError
from desktop.sync.merge import Change
from desktop.sync.roles import COORDINATOR as COORDINATOR  # the roles, also offered from here
from desktop.sync.roles import FIELD as FIELD
from desktop.sync.roles import ROLES as ROLES
from desktop.sync.team_snapshot import SNAPSHOT_ENTITIES, TEAM_WIDE_ENTITIES

PUBLISHED = frozenset(SNAPSHOT_ENTITIES)
TEAM_WIDE = frozenset(TEAM_WIDE_ENTITIES)
CLAUSE, FORM = "consent_clause", "consent_template"

#: form (template) ids -> the device that made each, for those stored here
FormOrigins = Callable[[Sequence[str]], Mapping[str, str]]


def origin_of(row_id: str, existing: Mapping[str, Mapping[str, Any]], history: Sequence[Change] | None) -> str | None:
    """The device that created a row, as far as this database knows (None: not known yet)."""
    if row_id in existing:
        return str(existing[row_id].get("origin_device") or "")
    inserts = [c for c in history or () if c.op == "insert"]
    return min(inserts, key=lambda c: c.hlc).device_id if inserts else None


def trusted_history(entity: str, changes: Sequence[Change], coordinators: frozenset[str]) -> list[Change]:
    """The changes of a row that count: its creator's, and coordinators' (not for published rows)."""
    inserts = [c for c in changes if c.op == "insert"]
    if not inserts:
        return list(changes)
    origin = min(inserts, key=lambda c: c.hlc).device_id
    if entity in PUBLISHED:
        return [c for c in changes if c.device_id == origin]
    if entity in TEAM_WIDE:
        return [c for c in changes if c.device_id in coordinators]
    return [c for c in changes if c.device_id == origin or c.device_id in coordinators]


def check_ownership(
    sender: str,
    role: str,
    rows_by_entity: Mapping[str, Mapping[str, Sequence[Any]]],
    existing: Mapping[str, Mapping[str, Mapping[str, Any]]],
    history: Mapping[tuple[str, str], Sequence[Change]],
) -> None:
    """Raise NotOwnerError / PublishedRowError when a change of the bundle breaks the rules."""
    for entity, rows in rows_by_entity.items():
        if entity in TEAM_WIDE and role != COORDINATOR and rows:
            raise TeamWideRowError()
        published = entity in PUBLISHED
        if role == COORDINATOR and not published:
            continue
        known = existing.get(entity, {})
        for row_id in rows:
            origin = origin_of(row_id, known, history.get((entity, row_id)))
            if origin is None or origin == sender:
                continue
            if published:
                raise PublishedRowError(
                    f"The bundle changes a {entity.replace('_', ' ')} published by the centre; published rows "
                    "change only through a team update from the centre. Nothing was imported."
                )
            raise NotOwnerError(
                f"The bundle changes a {entity.replace('_', ' ')} row that another device created; a field "
                "laptop may change only its own rows. Nothing was imported. If this device should edit "
                "everyone's rows, register it as a coordinator (majlis-cli device register --role coordinator)."
            )


def check_clause_forms(sender: str, rows_by_entity: Mapping[str, Mapping[str, RowRecords]],
                       form_origins: FormOrigins) -> None:
    """Raise PublishedRowError when a clause the bundle writes names a form another device made
    (whatever the sender's role: even a coordinator changes the team's form only through the centre)."""
    named = {str(rec.data["template_id"]) for one_or_more in rows_by_entity.get(CLAUSE, {}).values()
             for rec in listed(one_or_more) if rec.data.get("template_id")}
    # The sender's own forms new in this bundle (an insert of another's form id is refused above).
    named -= set(rows_by_entity.get(FORM, {}))
    if named and any(origin != sender for origin in form_origins(sorted(named)).values()):
        raise PublishedRowError()
