"""A team file's or team update's published row checked before it is applied (``team_snapshot.apply_snapshot``),
and before the centre signs it (``check_published``).

A bundle's every field is checked against its column before anything is written (``values.py``); the
rows the centre publishes are checked the same way, and their times must be HLCs: times are compared as
text, so a time that is not one ("zzzz") would win over every later write of the real centre for ever.
Their ids must be plain ids, as a bundle's row ids are (``change_records``): 1-36 letters, digits and
hyphens. A row that does not fit raises :class:`UnfitRow` (a ValueError naming the entity and field,
never a value), which refuses the whole file (``malformed``). The centre runs the same check over what
it is about to sign: a row of its own that failed it would make every laptop refuse every update.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop.core.clock import is_timestamp
from desktop.core.ids import PLAIN_ID
from desktop.sync.values import ValueProblem, entity_checks, field_label


class UnfitRow(ValueError):
    """A published row that does not fit: ``entity`` and ``field`` (a column name, ``id``, ``created_at``,
    or ``values.UNKNOWN_FIELD``), never the value."""

    def __init__(self, entity: str, field: str, problem: str) -> None:
        self.entity, self.field, self.problem = entity, field, problem
        super().__init__(f"payload {entity} holds a row whose {field} is {problem}")


def check_row(entity: str, known: bool, created: str, data: Mapping[str, Any], versions: Any,
              columns: Sequence[str], row_id: object = "") -> None:
    """UnfitRow unless the row fits: its id a plain id, its fields as a bundle's insert (``known``: an
    update of a row held here), a version number too large for the database or a required field empty
    refused, and its times HLCs or empty. Fields this version has no column for are left out, as they
    are when the row is applied."""
    if not (isinstance(row_id, str) and PLAIN_ID.match(row_id)):
        raise UnfitRow(entity, "id", "not a plain id")
    if not (created == "" or is_timestamp(created)):
        raise UnfitRow(entity, "created_at", "not a time stamp")
    if not isinstance(versions, dict):
        raise UnfitRow(entity, "versions", "not a map of time stamps")
    for name, time in versions.items():
        if not (time == "" or is_timestamp(time)):
            raise UnfitRow(entity, field_label(name), "not a time stamp")
    try:
        entity_checks(entity).check_data("update" if known else "insert",
                                         {k: v for k, v in data.items() if k in columns}, True)
    except ValueProblem as problem:
        raise UnfitRow(problem.entity, problem.field, problem.problem) from None


def check_published(payload: Mapping[str, Any], entities: Iterable[str]) -> None:
    """The centre, before it signs a team update or team file: each row of ``entities`` in ``payload``
    (``team_snapshot.snapshot``'s, every column there) checked as a laptop that does not hold it checks it.
    UnfitRow for the first that does not fit."""
    for entity in entities:
        for row in payload.get(entity) or ():
            data = row["data"]
            check_row(entity, False, row["created_at"] or "", data, row["versions"], tuple(data), row["id"])
