"""The bundles on hold (devices not on the roster), grouped by the device that sent them.

One definition of what a coordinator sees and types: a waiting device is a (device id, key) pair,
its number is the smallest id of its held bundles (what ``device approve|reject`` take), its name
the greatest name it sent. ``desktop.sync.roster`` lists the waiting devices with it, and the
erasure report names each held bundle by its device's number and name.
"""

from __future__ import annotations

from sqlalchemy import Select, func, select

from desktop.core.models import HeldBundle


def waiting_devices() -> Select[str, str, int, str, int, int, str]:
    """Per waiting device, oldest first: device_id, public_key, number, name, bundles, changes, received."""
    return (
        select(
            HeldBundle.device_id, HeldBundle.public_key, func.min(HeldBundle.id).label("number"),
            func.max(HeldBundle.device_name).label("name"), func.count().label("bundles"),
            func.sum(HeldBundle.change_count).label("changes"), func.min(HeldBundle.received_at).label("received"),
        )
        .group_by(HeldBundle.device_id, HeldBundle.public_key)
        .order_by(func.min(HeldBundle.id))
    )
