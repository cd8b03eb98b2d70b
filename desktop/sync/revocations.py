"""The centre takes a device off its roster: a laptop lost or stolen, its signing key revoked.

A bundle signed with a revoked key is refused at import (``revoked_key``), whatever device it names,
and never held: whoever has the laptop has its key, and nothing signed with it can be told apart from
what the facilitator wrote. What the device sent before stays applied (it was signed while the key
was the facilitator's alone). The device stays on the roster under its id, listed as revoked: its
rows are still its own, and its label names it in the history.

A bundle the laptop wrote before it was lost but that reaches the centre after the revocation (a USB
stick in the post) is refused like any other: a date or a sequence number in a bundle is written by
whoever holds the key, so no rule on them can tell it from one the thief wrote. The coordinator, who
knows where a file came from (the facilitator handed or posted it), takes it by name: ``majlis-cli
bundle import --take-revoked ID FILE`` applies the files signed with that device's revoked key under
every other rule of an import (``Taken``); nothing else is ever applied from a revoked key. Changes
in a backup of the laptop restored on the new one come again anyway, signed with a new key (``new_key``).

The device comes back with a new key, never the revoked one: a bundle of the same device signed with
another key waits for approval (not refused as an impostor), and approving it, once the facilitator
has read the new fingerprint on the phone, or registering the new key (``device register``), puts the
device back on the roster under that key. The revoked key stays refused.

Whether a file imported before was signed with a key revoked since is told by the receipts' row numbers,
noted with each revocation (``note_receipts_before``; see ``receipts``): times have whole seconds, and a
revocation and the approval of the laptop's new key, whose bundles are then imported, can fall in one second.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.busy_wait import hold_the_file
from desktop.core.db import Store
from desktop.core.device_label import short_id
from desktop.core.errors import Missing
from desktop.core.fingerprints import key_fingerprint, key_fingerprints
from desktop.core.models import BundleReceipt, Device, LocalState, RevokedKey
from desktop.core.sanitise import printable
from desktop.sync.manifest import utc_now_iso
from desktop.sync.receipts import top_receipt

if TYPE_CHECKING:
    from desktop.sync.manifest import Manifest


class OwnDeviceError(ValueError):
    """The centre's own key cannot be revoked here (a new team would be the way)."""


@dataclass(frozen=True)
class Revoked:
    device_id: str
    name: str  # the centre's label ("" while it has none)
    fingerprint: str
    revoked_at: str
    already: bool = False  # it was revoked before: nothing changed


@dataclass(frozen=True)
class Taken:
    """A revoked device whose files, named one by one, the coordinator takes: its id and revoked keys."""

    device_id: str
    fingerprints: frozenset[str]


def vouched(taken: Taken | None, manifest: Manifest) -> bool:
    """The bundle is one of those the coordinator takes: that device, signed with its revoked key."""
    return taken is not None and manifest.device_id == taken.device_id and \
        key_fingerprint(manifest.device_public_key) in taken.fingerprints


def to_take(store: Store, device: str) -> Taken:
    """What ``bundle import --take-revoked`` takes: Missing when the device is not on the roster or not revoked."""
    with store.session() as s:
        known = find_device(s, device)
        keys = frozenset(key_fingerprint(k) for k in s.execute(
            select(RevokedKey.public_key).where(RevokedKey.device_id == known.id)).scalars())
    if not keys:
        raise Missing(f"device {short_id(known.id)} is not revoked (see majlis-cli device list): import its bundles "
                      "without --take-revoked; nothing was imported")
    return Taken(known.id, keys)


def fingerprints(conn: Connection | OrmSession) -> frozenset[str]:
    """The revoked keys' fingerprints: one spelling per key, whatever base64 a manifest uses."""
    return key_fingerprints(conn, RevokedKey.public_key)


def revoked_since_imported(conn: Connection, digest: str) -> str | None:
    """The device of a bundle imported here before (known by its SHA-256) when a key of that device was
    revoked since: the file was signed with a key revoked since (a device's key changes only by a
    revocation and a new key). None otherwise. The file is not opened again to tell: it is applied
    already, and its import again changes nothing (``bundle import`` says so, exit 0)."""
    found = conn.execute(
        select(BundleReceipt.device_id, BundleReceipt.id, BundleReceipt.imported_at, RevokedKey.id,
               RevokedKey.revoked_at)
        .join(RevokedKey, RevokedKey.device_id == BundleReceipt.device_id)
        .where(BundleReceipt.bundle_hash == digest, BundleReceipt.direction == "in")
    ).all()
    if not found:
        return None
    marks = _receipts_before(conn, [row for *_, row, _at in found])
    for device, receipt, imported_at, row, revoked_at in found:
        before = marks.get(row)
        # A revocation written before the receipts were noted with it: by time, a tie counted as since.
        if (receipt <= before) if before is not None else (revoked_at >= imported_at):
            return str(device)
    return None


#: local_state key of a revoked key's row (``revoked_key.id``): the highest bundle receipt row then.
_RECEIPTS_BEFORE = "revoked_key_after_receipt:"


def note_receipts_before(s: OrmSession, row: RevokedKey) -> None:
    """In the transaction that adds ``row``: the receipts written so far are those imported before it."""
    s.flush()  # the row's number
    s.merge(LocalState(key=f"{_RECEIPTS_BEFORE}{row.id}", value=str(top_receipt(s))))


def _receipts_before(conn: Connection, rows: list[int]) -> dict[int, int]:
    keys = {f"{_RECEIPTS_BEFORE}{r}": r for r in rows}
    return {keys[k]: int(v) for k, v in conn.execute(
        select(LocalState.key, LocalState.value).where(LocalState.key.in_(keys))).all() if v.isdigit()}


def is_revoked(s: OrmSession, public_key: str) -> bool:
    return bool(public_key) and key_fingerprint(public_key) in fingerprints(s)


def takes_new_key(revoked: AbstractSet[str], old_key: str | None, new_key: str) -> bool:
    """A device whose key was revoked takes a new one, itself not revoked; ``revoked``: the
    fingerprints (``fingerprints``) read once by a caller asking of several keys."""
    return key_fingerprint(old_key or "") in revoked and key_fingerprint(new_key) not in revoked


def find_device(s: OrmSession, wanted: str) -> Device:
    """The roster's device by its id, or by the short id a roster line shows (``6c2e2005``)."""
    wanted = wanted.strip()
    device = s.get(Device, wanted)
    if device is None and wanted:
        found = [d for d in s.execute(select(Device)).scalars() if short_id(d.id) == wanted]
        device = found[0] if len(found) == 1 else None
    if device is None or not device.public_key:
        raise Missing(f"no device {printable(wanted)} on the roster (see majlis-cli device list); nothing was changed")
    return device


def revoke(store: Store, device: str) -> Revoked:
    """Revoke the key the roster holds for ``device`` (its id or short id): its bundles are refused
    from now on. Missing when it is not on the roster; OwnDeviceError for this database itself."""
    with store.transaction() as s:  # a local table: nothing for the change log
        hold_the_file(s)  # a second Revoke (another window, majlis-cli) waits, then finds it revoked
        known = find_device(s, device)
        if known.is_self:
            raise OwnDeviceError("this is the centre's own database: its key cannot be revoked here")
        fingerprint = key_fingerprint(known.public_key)
        row = next((r for r in s.execute(select(RevokedKey)).scalars()
                    if key_fingerprint(r.public_key) == fingerprint), None)
        already = row is not None
        if row is None:
            row = RevokedKey(device_id=known.id, public_key=known.public_key, revoked_at=utc_now_iso())
            s.add(row)
            note_receipts_before(s, row)
        return Revoked(known.id, printable(known.name), fingerprint, row.revoked_at, already)
