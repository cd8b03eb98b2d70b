"""A team file's or team update's published row checked before it is applied (``rows.apply_snapshot``).

A bundle's every field is checked against its column before anything is written (``values.py``); the
rows the centre publishes are checked the same way, and their times must be HLCs: times are compared as
text, so a time that is not one ("zzzz") would win over every later write of the real centre for ever. A
row that does not fit raises ValueError (naming the entity and field, never a value), which refuses the
whole file (``malformed``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core.clock import is_timestamp
from desktop.sync.values import ValueProblem, entity_checks


def check_row(entity: str, known: bool, created: str, data: Mapping[str, Any], versions: Any,
              columns: Sequence[str]) -> None:
    """ValueError unless the row fits: its fields as a bundle's insert (``known``: an update of a row
    held here), a version number too large for the database or a required field empty refused, and
    its times HLCs or empty. Fields this version has no column for are left out, as they are when the
    row is applied."""
    times = [created, *versions.values()] if isinstance(versions, dict) else None
    if times is None or not all(t == "" or is_timestamp(t) for t in times):
        raise ValueError(f"payload {entity} holds a row whose times are not time stamps")
    try:
        entity_checks(entity).check_data("update" if known else "insert",
                                         {k: v for k, v in data.items() if k in columns}, True)
    except ValueProblem as problem:
        raise ValueError(str(problem)) from None
