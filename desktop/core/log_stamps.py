"""The change log's time stamps read through its (device, time stamp) index.

The log's stamps are indexed per device (``ix_change_log_device_hlc``), not in one time order: an
import writes one laptop's changes at a time, and in one index over all stamps every laptop's day
lies interleaved with the others', so each bundle dirtied pages all over it (they were written again
at each commit). Per device, a bundle's stamps follow one another at the end of that device's part.

What wants the stamps in one order asks each device's part: the newest stamp is the newest of each
device's newest, found by walking the distinct devices through the index (a seek per device, never a
scan of the log), and the stamps from a time on are each device's from that time on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.orm import Session as OrmSession

# Each device of the log in turn, one index seek each (SQLite's "skip scan" by hand).
_DEVICES = (
    "WITH RECURSIVE dev(id) AS ("
    " SELECT min(device_id) FROM change_log"
    " UNION ALL"
    " SELECT (SELECT min(device_id) FROM change_log WHERE device_id > dev.id) FROM dev WHERE dev.id IS NOT NULL)"
)


def log_devices(s: OrmSession) -> list[str]:
    """Every device id the change log holds changes of."""
    return [str(d) for d in s.scalars(text(_DEVICES + " SELECT id FROM dev WHERE id IS NOT NULL"))]


def newest_stamp(s: OrmSession, below: str | None = None) -> str | None:
    """The newest time stamp in the change log (that sorts before ``below``, when given); None if none."""
    if below is None:
        sql = _DEVICES + (" SELECT max((SELECT max(hlc) FROM change_log WHERE device_id = dev.id))"
                          " FROM dev WHERE dev.id IS NOT NULL")
        found = s.scalar(text(sql))
    else:
        sql = _DEVICES + (" SELECT max((SELECT max(hlc) FROM change_log WHERE device_id = dev.id AND hlc < :below))"
                          " FROM dev WHERE dev.id IS NOT NULL")
        found = s.scalar(text(sql), {"below": below})
    return str(found) if found is not None else None


def stamped_from(s: OrmSession, threshold: str) -> Sequence[Row[Any]]:
    """(id, device_id, epoch, seq, hlc) of the changes stamped at or after ``threshold``, in time
    order: each device's part of the index from ``threshold`` on."""
    sql = _DEVICES + (" SELECT id, device_id, epoch, seq, hlc FROM change_log"
                      " WHERE device_id IN (SELECT id FROM dev WHERE id IS NOT NULL) AND hlc >= :threshold"
                      " ORDER BY hlc, id")
    return s.execute(text(sql), {"threshold": threshold}).all()
