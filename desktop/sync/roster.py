"""The centre's roster: the devices whose bundles it applies, and the bundles waiting for approval.

A device gets on the roster by pre-registration (``majlis-cli device register``, its key fingerprint
read off the laptop at hand-over) or by approval: a verified bundle from a device not on the roster
is held unapplied (the decrypted, verified archive, kept inside the encrypted database) until a
coordinator has compared the key fingerprint with the facilitator (a phone call) and approves or
rejects it. Approving applies what was held under every rule of an ordinary import.

A waiting device is one (device id, public key) pair; its id in ``pending`` is the number of the
first bundle held for it, so it stays the same while the device waits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.device_label import short_id
from desktop.core.fingerprints import key_fingerprint
from desktop.core.held_bundles import waiting_devices
from desktop.core.models import Device, HeldBundle
from desktop.core.sanitise import printable
from desktop.sync import held_archive, rejections
from desktop.sync.device_order import device_order
from desktop.sync.errors import ImpostorDeviceError, NotPendingError
from desktop.sync.manifest import utc_now_iso
from desktop.sync.roles import FIELD, ROLES

if TYPE_CHECKING:
    from pyrage import x25519

    from desktop.sync.importer import ImportOutcome

# The importer (and with it the keys, age and the bundle reader) is imported by ``approve``, the one
# function that applies bundles: listing the waiting devices and the roster (``majlis-cli device
# pending``, ``device list``) starts without it.


@dataclass(frozen=True)
class PendingDevice:
    id: int
    device_id: str
    name: str
    public_key: str
    fingerprint: str
    bundles: int
    changes: int
    first_received: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "device_id": self.device_id, "name": self.name, "public_key": self.public_key,
            "fingerprint": self.fingerprint, "bundles": self.bundles, "changes": self.changes,
            "first_received": self.first_received,
        }


@dataclass(frozen=True)
class RosterEntry:
    device_id: str
    name: str
    role: str
    fingerprint: str
    is_self: bool
    preregistered: bool
    last_bundle_at: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id, "name": self.name, "role": self.role, "fingerprint": self.fingerprint,
            "is_self": self.is_self, "preregistered": self.preregistered, "last_bundle_at": self.last_bundle_at,
        }


@dataclass(frozen=True)
class Approved:
    device_id: str
    name: str  # its label on the roster now ("" while it has none)
    outcomes: list[ImportOutcome]
    #: It had been rejected: what it sent then was discarded, and is to be imported again.
    was_rejected: bool = False
    #: The fingerprint of the key approved: what names the device when ``name`` is empty (a device
    #: rejected before, whose name was not kept, approved without ``--name``).
    fingerprint: str = ""


def pending(store: Store) -> list[PendingDevice]:
    """Devices waiting for approval, oldest first (names made printable)."""
    with store.session() as s:
        rows = s.execute(waiting_devices()).all()
    return [
        PendingDevice(int(first), str(device_id), printable(str(name or "")), str(key), key_fingerprint(str(key)),
                      int(count), int(changes or 0), str(received or ""))
        for device_id, key, first, name, count, changes, received in rows
    ]


def own_fingerprint(store: Store) -> str:
    """This database's own signing-key fingerprint, for a phone comparison ("" before it has a key)."""
    with store.session() as s:
        me = s.get(Device, store.device_id)
        return key_fingerprint(me.public_key) if me is not None and me.public_key else ""


def roster(store: Store) -> list[RosterEntry]:
    """This database first, then by label as a person reads it ("laptop 9" before "laptop 10")."""
    with store.session() as s:
        devices = s.execute(select(Device)).scalars().all()
        return [
            RosterEntry(d.id, printable(d.name), d.role or FIELD, key_fingerprint(d.public_key) if d.public_key else "",
                        d.is_self, d.preregistered, d.last_bundle_at)
            for d in sorted(devices, key=device_order)
        ]


def _waiting(store: Store, pending_id: int) -> tuple[str, str, str, str]:
    """The waiting device numbered ``pending_id``: its id, key, the name it sent, and when its first
    bundle arrived (its ``first_seen`` once approved: that is when this database first saw it)."""
    with store.session() as s:
        held = s.get(HeldBundle, pending_id)
        if held is None:
            raise NotPendingError()
        first, arrived = s.execute(
            select(func.min(HeldBundle.id), func.min(HeldBundle.received_at))
            .where(HeldBundle.device_id == held.device_id, HeldBundle.public_key == held.public_key)
        ).one()
        if first != pending_id:
            raise NotPendingError()
        return held.device_id, held.public_key, held.device_name, str(arrived or "")


def approve(store: Store, pending_id: int, identities: list[x25519.Identity] | None = None,
            *, role: str = FIELD, name: str | None = None) -> Approved:
    """Put the waiting device on the roster and apply what it sent (each bundle under every rule;
    one refused is reported and discarded, the others still go in)."""
    from desktop.sync.importer import import_held
    from desktop.sync.keys import same_public_key

    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    was_rejected = False
    try:
        device_id, public_key, sent_name, arrived = _waiting(store, pending_id)
        first_seen = arrived or utc_now_iso()
    except NotPendingError:
        # A number rejected before: approved after all. Nothing it sent is left (the rejection
        # discarded it); its first bundle imported from now on is when this database first sees it.
        rejected = rejections.by_number(store, pending_id)
        if rejected is None:
            raise
        device_id, public_key, sent_name, first_seen, was_rejected = (
            rejected.device_id, rejected.public_key, "", "", True)
    label = printable(name if name is not None else sent_name)
    with store.transaction(replicating=True) as s:
        known = s.get(Device, device_id)
        if known is not None and known.public_key and not same_public_key(known.public_key, public_key):
            raise ImpostorDeviceError(
                f"Device {short_id(device_id)} is already on the roster with another key: reject this one."
            )
        if known is None:
            s.add(Device(id=device_id, name=label, public_key=public_key, role=role, first_seen=first_seen,
                         preregistered=False))
        else:  # on the roster already (registered, and what it sent not applied yet)
            known.public_key = known.public_key or public_key
            known.role = role
            known.first_seen = known.first_seen or first_seen
            if name is not None and label.strip():  # the centre's label is its own: given, it is set
                known.name = label
        rejections.forget(s, public_key)
    outcomes = import_held(store, device_id, public_key)
    # What the roster now holds (a bundle's name fills only an empty label), not what was asked for.
    with store.session() as s:
        held_name = s.execute(select(Device.name).where(Device.id == device_id)).scalar_one()
    return Approved(device_id, printable(held_name or ""), outcomes, was_rejected, key_fingerprint(public_key))


def approve_registered(store: Store, device_id: str, public_key: str) -> list[Approved]:
    """Apply what a device just put on the roster (``device register``) sent before, held under the
    very key registered: registering it was the comparison of fingerprints an approval is. Left
    held, its first bundles showed as missing (a gap) while they sat in the database, and the device
    stayed on the waiting list (and on every erasure report) although it was on the roster."""
    from desktop.sync.keys import same_public_key

    with store.session() as s:
        role = s.execute(select(Device.role).where(Device.id == device_id)).scalar_one()
    return [approve(store, waiting.id, role=role or FIELD)
            for waiting in pending(store)
            if waiting.device_id == device_id and same_public_key(waiting.public_key, public_key)]


def reject(store: Store, pending_id: int) -> int:
    """Discard everything the waiting device sent, and refuse its key from now on (``rejections``:
    its bundles are not held again); the number of bundles discarded."""
    device_id, public_key, _, _ = _waiting(store, pending_id)
    with store.transaction(replicating=True) as s:
        rejections.remember(s, pending_id, device_id, public_key)
        return held_archive.discard(s.connection(), select(HeldBundle.id).where(
            HeldBundle.device_id == device_id, HeldBundle.public_key == public_key))
