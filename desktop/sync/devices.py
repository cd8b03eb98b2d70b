"""Which device sent what: per device and epoch, the sequence ranges received and the gaps.

Ranges come from the change log itself (gaps-and-islands with a window function, portable to
PostgreSQL), and the highest number a received bundle announced, so a missing tail shows too.
Each epoch (a database restored from a backup starts a new one) is its own stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from desktop.core.clock import DEVICE_PATTERN
from desktop.core.db import Store
from desktop.core.device_label import device_label, short_id
from desktop.core.fingerprints import key_fingerprint
from desktop.core.models import BundleReceipt, ChangeLog, Device
from desktop.core.sanitise import printable
from desktop.i18n.invisible import DISPLAY_ONLY, char_class
from desktop.sync.centre_device import centre_device
from desktop.sync.device_order import device_order
from desktop.sync.roles import FIELD


@dataclass(frozen=True)
class Stream:
    epoch: str
    ranges: tuple[tuple[int, int], ...]
    gaps: tuple[tuple[int, int], ...]
    received: int


@dataclass(frozen=True)
class DeviceReport:
    device_id: str
    name: str
    is_self: bool
    #: When this database first saw the device (UTC): its first bundle arrived, or it was approved;
    #: for this database itself, when it was made. None for a pre-registered device that has sent
    #: nothing yet (and for a database's own row made before this was recorded): not seen, not "".
    first_seen: str | None
    last_bundle_at: str | None
    streams: tuple[Stream, ...] = field(default_factory=tuple)
    #: The team's centre (at the centre, its own row; on a laptop, the device its roster names the
    #: centre): it sends team updates, never bundles to be merged, so "nothing received" says nothing.
    is_centre: bool = False

    @property
    def short_id(self) -> str:
        return short_id(self.device_id)

    def gap_lines(self) -> list[str]:
        label = device_label(self.name, self.device_id)
        return [
            f"{label}: changes {a}\u2013{b} missing" if a != b else f"{label}: change {a} missing"
            for stream in self.streams
            for a, b in stream.gaps
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "name": self.name,
            "is_self": self.is_self,
            # Which entry is the centre, as the text's "[the centre]" and device list --json say it: on a
            # laptop it sends team updates, never bundles, so its empty streams are no silence.
            "is_centre": self.is_centre,
            "first_seen": self.first_seen,
            "last_bundle_at": self.last_bundle_at,
            "streams": [
                {"epoch": s.epoch, "ranges": [list(r) for r in s.ranges], "gaps": [list(g) for g in s.gaps],
                 "received": s.received}
                for s in self.streams
            ],
        }


def format_ranges(ranges: tuple[tuple[int, int], ...]) -> str:
    return ", ".join(f"{a}\u2013{b}" if a != b else str(a) for a, b in ranges)


def device_reports(store: Store) -> list[DeviceReport]:
    island = (ChangeLog.seq - func.row_number().over(
        partition_by=(ChangeLog.device_id, ChangeLog.epoch), order_by=ChangeLog.seq
    )).label("island")
    numbered = select(ChangeLog.device_id, ChangeLog.epoch, ChangeLog.seq, island).subquery()
    ranges_q = (
        select(numbered.c.device_id, numbered.c.epoch, func.min(numbered.c.seq), func.max(numbered.c.seq))
        .group_by(numbered.c.device_id, numbered.c.epoch, numbered.c.island)
        .order_by(numbered.c.device_id, numbered.c.epoch, func.min(numbered.c.seq))
    )
    announced_q = (
        select(BundleReceipt.device_id, BundleReceipt.epoch, func.max(BundleReceipt.seq_to))
        .where(BundleReceipt.direction == "in")
        .group_by(BundleReceipt.device_id, BundleReceipt.epoch)
    )
    # A pre-registered device's roster row keeps first_seen empty: its first bundle's arrival is it.
    first_in_q = (
        select(BundleReceipt.device_id, func.min(BundleReceipt.imported_at))
        .where(BundleReceipt.direction == "in", BundleReceipt.imported_at != "")
        .group_by(BundleReceipt.device_id)
    )
    with store.session() as s:
        centre = centre_device(s, store.device_id)
        devices = sorted(s.execute(select(Device)).scalars().all(), key=device_order)
        found: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for dev, epoch, lo, hi in s.execute(ranges_q):
            found.setdefault((dev, epoch), []).append((int(lo), int(hi)))
        announced = {(d, e): int(top or 0) for d, e, top in s.execute(announced_q).all()}
        first_in = {str(d): str(at) for d, at in s.execute(first_in_q).all() if at}
    reports = []
    for device in devices:
        streams = []
        for (dev, epoch), ranges in sorted(found.items()):
            if dev != device.id:
                continue
            top = max(announced.get((dev, epoch), 0), ranges[-1][1])
            gaps, expected = [], 1
            for lo, hi in ranges:
                if lo > expected:
                    gaps.append((expected, lo - 1))
                expected = hi + 1
            if top >= expected:
                gaps.append((expected, top))
            streams.append(Stream(epoch, tuple(ranges), tuple(gaps), sum(b - a + 1 for a, b in ranges)))
        reports.append(
            DeviceReport(device.id, printable(device.name), device.is_self,
                         device.first_seen or first_in.get(device.id) or None, device.last_bundle_at, tuple(streams),
                         is_centre=bool(centre) and device.id == centre)
        )
    return reports


def sync_status(store: Store) -> dict[str, Any]:
    from desktop.sync.conflicts import list_conflicts

    reports = device_reports(store)
    return {
        "devices": [r.as_dict() for r in reports],
        "gaps": [line for r in reports for line in r.gap_lines()],
        "open_conflicts": [c.as_dict() for c in list_conflicts(store)],
    }


class DeviceKeyConflict(Exception):
    """The id is already registered with another key: registering cannot overwrite a known device."""


class RevokedKeyConflict(DeviceKeyConflict):
    """The key was revoked here (a lost laptop's): it is never registered again, under any id. A
    DeviceKeyConflict still, so every handler of that catches it; callers that say which one tell it
    by this type, never by the message's words."""


class NotADeviceId(Exception):
    """Not the shape of a device id: a typing slip would otherwise stay on the roster for good."""


# A manifest's device.id (docs/bundle-format.md §2): no bundle could ever come from another shape.
DEVICE_ID = re.compile(rf"{DEVICE_PATTERN}\Z")
# What a paste brings around an id or a key and no id or key holds: the marks a chat app or a document
# puts around a left-to-right token in a right-to-left line (U+200E/U+200F, U+2066–U+2069, U+061C …),
# zero-width characters, and (for a key, broken over lines) whitespace.
_INVISIBLE = re.compile(f"[{char_class(DISPLAY_ONLY)}]")


def pasted_id(text: str) -> str:
    """A device id as typed or pasted: without invisible marks and the spaces around it."""
    return _INVISIBLE.sub("", text).strip()


def pasted_key(text: str) -> str:
    """A public key as pasted: without invisible marks and without whitespace (a key broken over lines)."""
    return "".join(_INVISIBLE.sub("", text).split())


def preregister(store: Store, device_id: str, public_key: str, name: str, *, role: str = FIELD) -> bool:
    """Put a device on the roster before its first bundle arrives (key read off the laptop at
    enrolment). ``role``: field (changes only its own rows) or coordinator (any row).

    Returns False when the device is already on the roster with this key (its role and, when given,
    its label are then updated). A different key is refused: a device id has one key; but a device
    whose key was revoked takes the new one (``revocations``), and a revoked key is refused.
    """
    from desktop.sync import rejections, revocations
    from desktop.sync.keys import load_verify_key, same_public_key
    from desktop.sync.ownership import ROLES

    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if not DEVICE_ID.match(device_id):
        raise NotADeviceId("not a device id: at most 36 letters, digits and '-' (device_id in majlis-cli status)")
    load_verify_key(public_key)  # a malformed key fails here, before anything is written
    with store.transaction() as s:
        revoked = revocations.fingerprints(s)  # read once, for both keys
        if key_fingerprint(public_key) in revoked:  # the lost laptop's: a new key, read off the new one
            raise RevokedKeyConflict(f"this key was revoked (device {short_id(device_id)}): it cannot be registered again")
        rejections.forget(s, public_key)  # registered: a rejection of this key is undone
        known = s.get(Device, device_id)
        if known is not None and revocations.takes_new_key(revoked, known.public_key, public_key):
            known.public_key = public_key  # a revoked device back on the roster under its new key
        if known is not None:
            if known.public_key and not same_public_key(known.public_key, public_key):
                raise DeviceKeyConflict(f"device {short_id(device_id)} is already registered with another key")
            known.public_key = known.public_key or public_key
            known.role = role
            if name:
                known.name = name
            return False
        s.add(Device(id=device_id, name=name, public_key=public_key, preregistered=True, role=role))
    return True
