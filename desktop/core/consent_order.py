"""The order of a participant's consent records: the latest is the one that counts.

A record is placed at its *effective time*: the earlier of ``recorded_at`` (when the record says it was
taken: the laptop's clock, or the day a paper form was signed) and its own stamp ``created_at`` (the
hybrid-logical-clock time of the row's insert). The stamp cannot lie far ahead: an import refuses one
more than a day past the importing computer's clock, and re-dating moves a laptop's waiting stamps to
its clock set right. ``recorded_at`` is content (hashed, never re-dated) and bounded by nothing, so
records ordered by it alone let a "yes" dated 2286 (a laptop's date set ahead, or a forged bundle)
stand over every consent recorded until then, the "no" a participant gives at the centre next month
included. Taken at the earlier of the two, a record dated ahead counts from when it was made, and a
paper form typed in days after it was signed keeps its earlier date. The app writes ``recorded_at`` to
the second, so records are compared to the second, and within one second by their stamps: two records
made in the same second come in the order they were made, whatever either says.

Times are compared as moments (milliseconds since 1970, UTC), not as text: a ``recorded_at`` without
an offset is read in the easternmost zone (UTC+14), the earliest moment it can name; one that cannot
be read counts as its stamp. A difference from 1970 is taken, never ``astimezone()``, which overflows
at year 9999.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, TypeVar

from desktop.core.clock import is_timestamp, wall_ms_of

_UNIX = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MS = dt.timedelta(milliseconds=1)
#: A time without its offset is read in the easternmost zone: the earliest moment it can name.
EASTERNMOST = dt.timezone(dt.timedelta(hours=14))
#: Where a record with neither a readable time nor a stamp goes: first (as an empty text sorted).
_UNKNOWN = -(2**62)


class Dated(Protocol):
    """What the order reads of a record (an ORM record or a row of a query selecting both)."""

    @property
    def recorded_at(self) -> str | None: ...

    @property
    def created_at(self) -> str | None: ...


R = TypeVar("R", bound=Dated)


def moment_ms(text: object) -> int | None:
    """An ISO 8601 time (or day) as ms since 1970, UTC; None when it is empty or cannot be read."""
    if not isinstance(text, str) or not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=EASTERNMOST)
    return (when - _UNIX) // _MS


def effective_ms(recorded_at: str | None, created_at: str | None) -> int:
    """The earlier of ``recorded_at`` and the stamp ``created_at`` (see the module)."""
    recorded = moment_ms(recorded_at)
    stamp = wall_ms_of(created_at) if created_at is not None and is_timestamp(created_at) else None
    if recorded is None:
        return _UNKNOWN if stamp is None else stamp
    return recorded if stamp is None else min(recorded, stamp)


def order_key(record: Dated) -> tuple[int, str]:
    """The effective second (see the module), then the stamp."""
    return effective_ms(record.recorded_at, record.created_at) // 1000, record.created_at or ""


def oldest_first(records: Iterable[R]) -> list[R]:
    """``records`` in the order the latest counts in: the one that counts is last."""
    return sorted(records, key=order_key)


def latest(records: Iterable[R]) -> R | None:
    """The record that counts among ``records`` (the last of :func:`oldest_first`); None for none."""
    found: R | None = None
    best: tuple[int, str] | None = None
    for record in records:
        key = order_key(record)
        if best is None or key >= best:
            found, best = record, key
    return found
