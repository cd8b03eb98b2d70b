"""The devices a coordinator rejected, so that a rejection sticks.

Rejecting a waiting device discards what it sent; its key is remembered here, and a bundle signed
with that key is then refused at import (``rejected_device``), not put on the waiting list again:
the same file imported a second time, or the device's next bundle, would otherwise ask the same
question again as if nobody had answered it. A key is what the coordinator compared (by its
fingerprint), so the key is what is remembered, with the device id and the waiting number that was
rejected. No name, nothing the device sent.

Undone by approving the device after all (``roster.approve`` of the number rejected, ``majlis-cli
device approve N``) or registering its key (``device register``): it is then on the roster, and its
bundles, imported again, are applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.db import Store
from desktop.core.fingerprints import key_fingerprint, key_fingerprints
from desktop.core.models import RejectedDevice
from desktop.sync.manifest import utc_now_iso


@dataclass(frozen=True)
class Rejected:
    id: int  # the waiting number that was rejected
    device_id: str
    public_key: str
    fingerprint: str
    rejected_at: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "device_id": self.device_id, "public_key": self.public_key,
                "fingerprint": self.fingerprint, "rejected_at": self.rejected_at}


def _entry(row: RejectedDevice) -> Rejected:
    return Rejected(row.id, row.device_id, row.public_key, key_fingerprint(row.public_key), row.rejected_at)


def listing(store: Store) -> list[Rejected]:
    """The rejected devices, in the order they were rejected."""
    with store.session() as s:
        return [_entry(r) for r in s.execute(select(RejectedDevice).order_by(RejectedDevice.rejected_at,
                                                                             RejectedDevice.id)).scalars()]


def by_number(store: Store, number: int) -> Rejected | None:
    with store.session() as s:
        row = s.get(RejectedDevice, number)
        return None if row is None else _entry(row)


def fingerprints(conn: Connection | OrmSession) -> frozenset[str]:
    """The rejected keys' fingerprints: one spelling per key, whatever base64 a manifest uses."""
    return key_fingerprints(conn, RejectedDevice.public_key)


def remember(s: OrmSession, number: int, device_id: str, public_key: str) -> None:
    forget(s, public_key)
    s.add(RejectedDevice(id=number, device_id=device_id, public_key=public_key, rejected_at=utc_now_iso()))


def forget(s: OrmSession, public_key: str) -> None:
    """The key is no longer rejected (approved after all, or registered)."""
    fingerprint = key_fingerprint(public_key)
    for row in s.execute(select(RejectedDevice)).scalars().all():
        if key_fingerprint(row.public_key) == fingerprint:
            s.delete(row)
    s.flush()  # before a new row of the same key goes in (the key is unique)
