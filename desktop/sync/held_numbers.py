"""The numbers of bundles on the waiting list: never given twice on this database."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from desktop.core.models import HeldBundle, LocalState

_HELD_NUMBER_STATE = "held_bundle_last_number"


def next_held_number(conn: Connection) -> int:
    """A number no held bundle ever had here. Coordinators approve and reject by the number `device
    pending` showed them (the smallest of the device's bundles): had SQLite given a deleted number to
    the next stranger's bundle, an `approve 1` typed from an older list would let in a device whose
    key nobody compared."""
    last = conn.execute(select(LocalState.value).where(LocalState.key == _HELD_NUMBER_STATE)).scalar()
    top = conn.execute(select(func.max(HeldBundle.id))).scalar() or 0
    number = max(int(last) if last is not None and last.isdigit() else 0, int(top)) + 1
    if last is None:
        conn.execute(insert(LocalState).values(key=_HELD_NUMBER_STATE, value=str(number)))
    else:
        conn.execute(update(LocalState).where(LocalState.key == _HELD_NUMBER_STATE).values(value=str(number)))
    return number
