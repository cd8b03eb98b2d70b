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

import os
import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.busy_wait import hold_the_file
from desktop.core.db import Store
from desktop.core.device_label import short_id
from desktop.core.fingerprints import key_fingerprint
from desktop.core.held_bundles import waiting_devices
from desktop.core.models import BundleReceipt, Device, HeldBundle, RejectedDevice
from desktop.core.sanitise import printable
from desktop.sync import held_archive, rejections, revocations
from desktop.sync.centre_device import centre_device
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
    #: The team's centre (this database at the centre; on a laptop the one the centre's roster names).
    is_centre: bool = False
    #: Its key was revoked (the laptop lost or stolen): its bundles are refused (``revocations``).
    revoked: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id, "name": self.name, "role": self.role, "fingerprint": self.fingerprint,
            "is_self": self.is_self, "preregistered": self.preregistered, "last_bundle_at": self.last_bundle_at,
            "is_centre": self.is_centre,
            "revoked": self.revoked,
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
    #: Its role on the roster now (kept from before when none was given).
    role: str = FIELD


def pending(store: Store) -> list[PendingDevice]:
    """Devices waiting for approval, oldest first (names made printable)."""
    with store.session() as s:
        rows = s.execute(waiting_devices()).all()
    return [_pending_device(row) for row in rows]


def _pending_device(row: Any) -> PendingDevice:
    """A row of ``waiting_devices`` as it is listed."""
    device_id, key, first, name, count, changes, received = row
    return PendingDevice(int(first), str(device_id), printable(str(name or "")), str(key), key_fingerprint(str(key)),
                         int(count), int(changes or 0), str(received or ""))


def own_fingerprint(store: Store) -> str:
    """This database's own signing-key fingerprint, for a phone comparison ("" before it has a key)."""
    with store.session() as s:
        me = s.get(Device, store.device_id)
        return key_fingerprint(me.public_key) if me is not None and me.public_key else ""


def roster(store: Store) -> list[RosterEntry]:
    """This database first, then by label as a person reads it ("laptop 9" before "laptop 10")."""
    with store.session() as s:
        centre = centre_device(s, store.device_id)
        devices, revoked = s.execute(select(Device)).scalars().all(), revocations.fingerprints(s)
        return [
            RosterEntry(d.id, printable(d.name), d.role or FIELD, fingerprint, d.is_self, d.preregistered,
                        d.last_bundle_at, is_centre=bool(centre) and d.id == centre,
                        revoked=bool(fingerprint) and fingerprint in revoked)
            for d in sorted(devices, key=device_order)
            for fingerprint in [key_fingerprint(d.public_key) if d.public_key else ""]
        ]


def _waiting(s: OrmSession, pending_id: int) -> tuple[str, str, str, str] | None:
    """The waiting device numbered ``pending_id``: its id, key, the name it sent, and when its first
    bundle arrived (its ``first_seen`` once approved: that is when this database first saw it); None
    when nothing waits under that number."""
    held = s.get(HeldBundle, pending_id)
    if held is None:
        return None
    first, arrived = s.execute(
        select(func.min(HeldBundle.id), func.min(HeldBundle.received_at))
        .where(HeldBundle.device_id == held.device_id, HeldBundle.public_key == held.public_key)
    ).one()
    if first != pending_id:
        return None
    return held.device_id, held.public_key, held.device_name, str(arrived or "")


def _on_roster(s: OrmSession, device_id: str, public_key: str) -> bool:
    """The device is on the roster under this very key: approved (its bundles being applied now)."""
    known = s.get(Device, device_id)
    return bool(known is not None and known.public_key and public_key
                and key_fingerprint(known.public_key) == key_fingerprint(public_key))


@contextmanager
def _decision(store: Store) -> Iterator[OrmSession]:
    """The transaction of a decision on a waiting device, holding the file's write lock from its first
    read: a second decision on the same device (another Majlis window, ``majlis-cli``) waits, then
    finds it decided, instead of both approving (one failed on the roster's unique id) or one device
    being approved and rejected at once."""
    with store.transaction(replicating=True) as s:
        hold_the_file(s)
        yield s


def approve(store: Store, pending_id: int, identities: list[x25519.Identity] | None = None,
            *, role: str | None = None, name: str | None = None, waiting_only: bool = False,
            decided: Callable[[Approved], None] | None = None,
            done: Callable[[ImportOutcome], None] | None = None) -> Approved:
    """Put the waiting device on the roster and apply what it sent (each bundle under every rule;
    one refused is reported and discarded, the others still go in).

    The decision is committed first, then each bundle on its own: a run that fails partway (the disk
    full, Ctrl+C) leaves the device on the roster and the bundles applied before, the others waiting
    under a new number (``pending``). ``decided`` hears the approval (no outcomes yet) once the device
    is on the roster, ``done`` each bundle's outcome once applied (``import_held``), so a caller can say so.

    ``waiting_only`` (the Sync page's Approve of a device it lists as waiting): a device decided
    meanwhile (its bundles all applied, or rejected, in another window or by ``majlis-cli``) is refused
    with ``NotPendingError``; without it a rejected number is approved after all. A device on the
    roster under this key whose bundles still wait, left so by an approval stopped partway, is not
    taken for one decided: what is left is applied. Approvals in this process wait for one another
    (two windows approving at once: the second then finds the device decided); one in another process
    (``majlis-cli``) applying the same bundles at the same moment applies each once (``import_held``).

    ``role``: given, the device takes it; None, a device on the roster already (a revoked laptop's new
    key, a registered device) keeps its own, and one new to the roster is a field laptop: approving a
    second coordinator's new key without a role put it back as field, silently."""
    if role is not None and role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    with _APPROVALS_GUARD:
        one_at_a_time = _APPROVALS.setdefault(os.path.realpath(store.path), threading.RLock())
    with one_at_a_time:
        return _approve(store, pending_id, role=role, name=name, waiting_only=waiting_only, decided=decided,
                        done=done)


#: One lock per database file: the approvals this process makes (its windows), one after another.
_APPROVALS: dict[str, threading.RLock] = {}
_APPROVALS_GUARD = threading.Lock()


def _approve(store: Store, pending_id: int, *, role: str | None, name: str | None, waiting_only: bool,
             decided: Callable[[Approved], None] | None,
             done: Callable[[ImportOutcome], None] | None) -> Approved:
    from desktop.sync.importer import import_held
    from desktop.sync.keys import same_public_key

    was_rejected = False
    with _decision(store) as s:
        waiting = _waiting(s, pending_id)
        if waiting is not None:
            device_id, public_key, sent_name, arrived = waiting
            first_seen = arrived or utc_now_iso()
        else:
            # A number rejected before: approved after all. Nothing it sent is left (the rejection
            # discarded it); its first bundle imported from now on is when this database first sees it.
            rejected = None if waiting_only else s.get(RejectedDevice, pending_id)
            if rejected is None:
                raise NotPendingError()
            device_id, public_key, sent_name, first_seen, was_rejected = (
                rejected.device_id, rejected.public_key, "", "", True)
        label = printable(name if name is not None else sent_name)
        known = s.get(Device, device_id)
        if known is not None and revocations.takes_new_key(revocations.fingerprints(s), known.public_key, public_key):
            known.public_key = public_key  # its new key, compared on the phone: back on the roster under it
        if known is not None and known.public_key and not same_public_key(known.public_key, public_key):
            raise ImpostorDeviceError(
                f"Device {short_id(device_id)} is already on the roster with another key: reject this one."
            )
        if known is None:
            s.add(Device(id=device_id, name=label, public_key=public_key, role=role or FIELD, first_seen=first_seen,
                         preregistered=False))
        else:  # on the roster already (registered, or revoked and back under a new key)
            known.public_key = known.public_key or public_key
            known.role = role or known.role or FIELD  # its own role unless one is given
            # When this database first saw it: a pre-registered device's stays empty while its first bundle's
            # arrival says it (devices.device_reports); the held bundle's arrival only when none came before.
            if not known.first_seen and not _arrived_before(s, device_id):
                known.first_seen = first_seen
            if name is not None and label.strip():  # the centre's label is its own: given, it is set
                known.name = label
        rejections.forget(s, public_key)
        on_roster = printable(known.name or "") if known is not None else label
        now_role = (role or FIELD) if known is None else str(known.role)
    if decided is not None:
        decided(Approved(device_id, on_roster, [], was_rejected, key_fingerprint(public_key), now_role))
    outcomes = import_held(store, device_id, public_key, done)
    # What the roster now holds (a bundle's name fills only an empty label), not what was asked for.
    with store.session() as s:
        held_name = s.execute(select(Device.name).where(Device.id == device_id)).scalar_one()
    return Approved(device_id, printable(held_name or ""), outcomes, was_rejected, key_fingerprint(public_key),
                    now_role)


def _arrived_before(s: OrmSession, device_id: str) -> bool:
    """A bundle of this device was imported here before (under any key)."""
    return s.scalar(select(BundleReceipt.id).where(
        BundleReceipt.device_id == device_id, BundleReceipt.direction == "in").limit(1)) is not None


def approve_registered(store: Store, device_id: str, public_key: str, *,
                       decided: Callable[[Approved], None] | None = None,
                       done: Callable[[ImportOutcome], None] | None = None) -> list[Approved]:
    """Apply what a device just put on the roster (``device register``) sent before, held under the
    very key registered: registering it was the comparison of fingerprints an approval is. Left
    held, its first bundles showed as missing (a gap) while they sat in the database, and the device
    stayed on the waiting list (and on every erasure report) although it was on the roster."""
    from desktop.sync.keys import same_public_key

    with store.session() as s:
        role = s.execute(select(Device.role).where(Device.id == device_id)).scalar_one()
    return [approve(store, waiting.id, role=role or FIELD, decided=decided, done=done)
            for waiting in pending(store)
            if waiting.device_id == device_id and same_public_key(waiting.public_key, public_key)]


def reject(store: Store, pending_id: int) -> int:
    """Discard everything the waiting device sent, and refuse its key from now on (``rejections``:
    its bundles are not held again); the number of bundles discarded."""
    with _decision(store) as s:
        waiting = _waiting(s, pending_id)
        if waiting is None or _on_roster(s, waiting[0], waiting[1]):  # decided meanwhile (approved: applying)
            raise NotPendingError()
        device_id, public_key, _, _ = waiting
        rejections.remember(s, pending_id, device_id, public_key)
        return held_archive.discard(s.connection(), select(HeldBundle.id).where(
            HeldBundle.device_id == device_id, HeldBundle.public_key == public_key))


@dataclass(frozen=True)
class AllRejected:
    """What ``reject_all`` did: each device rejected (as ``pending`` listed it) with the number of its
    bundles discarded, and the devices left waiting because they are on the roster already."""

    rejected: list[tuple[PendingDevice, int]]
    #: On the roster under the key it sent (an approval stopped partway): not a device to decide on,
    #: its bundles are applied by approving it again (``reject`` refuses it too).
    left: list[PendingDevice]


def reject_all(store: Store, only: Collection[int] | None = None) -> AllRejected:
    """Reject every device waiting for approval at once, in one transaction: all or none (a coordinator
    whose waiting list an outsider filled with bundles, each under a key made for it). Each is rejected
    as ``reject`` rejects one: what it sent discarded, its key remembered under its number (``device
    approve`` of that number undoes it).

    ``only``: the numbers of the devices the coordinator was shown (the Sync page's question counted
    them); a device that began waiting after it was asked (a bundle imported in another window) waits on,
    not rejected unseen."""
    with _decision(store) as s:
        rows = s.execute(waiting_devices()).all()
        rejected: list[tuple[PendingDevice, int]] = []
        left: list[PendingDevice] = []
        for waiting in map(_pending_device, rows):
            if only is not None and waiting.id not in only:
                continue
            if _on_roster(s, waiting.device_id, waiting.public_key):
                left.append(waiting)
                continue
            rejections.remember(s, waiting.id, waiting.device_id, waiting.public_key)
            rejected.append((waiting, held_archive.discard(s.connection(), select(HeldBundle.id).where(
                HeldBundle.device_id == waiting.device_id, HeldBundle.public_key == waiting.public_key))))
    return AllRejected(rejected, left)
