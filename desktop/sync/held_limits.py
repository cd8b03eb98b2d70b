"""How much the waiting list may hold: bundles of devices not on the roster cannot fill the centre's disk.

A verified bundle from a device not on the roster is held, its archive kept inside the database
(``importer._hold``). The team file travels openly, so anyone holding a copy can make a bundle the
centre opens and verifies, signed with a key made for it: a stick of such files, each under a new key
and up to 512 MiB, was held in full, file after file, until the coordinator's disk was full. The
waiting list is therefore bounded; a bundle past a bound is refused (``waiting_list_full``), nothing
written, and what already waits stays as it was (approving or rejecting a device makes room; the file
refused is imported again then).

The bounds are generous for a real team: its new laptops' first bundles (a day's or a week's work,
scans included) all wait at once well inside them.

* ``MAX_WAITING_DEVICES`` devices (a device id with a key) waiting at once: a team of 25 laptops none
  of which was registered before it sent is half of it;
* per waiting device, ``MAX_BUNDLES_PER_DEVICE`` bundles and ``MAX_BYTES_PER_DEVICE`` held (a laptop
  that exports every day for three months, or two bundles of the largest size);
* ``MAX_HELD_BYTES`` held in all.

A test may lower them (module constants, read at each hold).
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from desktop.core.models import HeldBundle, HeldBundleChunk

MAX_WAITING_DEVICES = 50
MAX_BUNDLES_PER_DEVICE = 100
MAX_BYTES_PER_DEVICE = 1 << 30  # 1 GiB
MAX_HELD_BYTES = 4 << 30  # 4 GiB


def has_room(conn: Connection, device_id: str, public_key: str, size: int) -> bool:
    """Whether one more bundle of ``size`` bytes (its archive) of this device (id and key) may be held,
    within every bound above. Reads only: nothing is written whatever the answer."""
    mine = (HeldBundle.device_id == device_id) & (HeldBundle.public_key == public_key)
    bundles = conn.execute(select(func.count()).select_from(HeldBundle).where(mine)).scalar_one()
    if bundles >= MAX_BUNDLES_PER_DEVICE:
        return False
    if not bundles:  # one more device waiting
        devices = conn.execute(select(func.count()).select_from(
            select(HeldBundle.device_id, HeldBundle.public_key).distinct().subquery())).scalar_one()
        if devices >= MAX_WAITING_DEVICES:
            return False
    # length() of a blob reads no more than its size (SQLite does not load the content for it).
    held_in_all = conn.execute(select(func.coalesce(func.sum(func.length(HeldBundleChunk.content)), 0))).scalar_one()
    if held_in_all + size > MAX_HELD_BYTES:
        return False
    if not bundles:
        return size <= MAX_BYTES_PER_DEVICE
    held_mine = conn.execute(
        select(func.coalesce(func.sum(func.length(HeldBundleChunk.content)), 0))
        .join(HeldBundle, HeldBundle.id == HeldBundleChunk.held_bundle_id).where(mine)).scalar_one()
    return bool(held_mine + size <= MAX_BYTES_PER_DEVICE)
