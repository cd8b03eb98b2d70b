"""What a team update's release of held bundles left held when it stopped partway (team_update.ReleaseStopped).

A coordinator's laptop holds the bundles of devices not on its roster until a team update names them, then
applies them device by device (``team_update._apply_held``). When the disk fills at the first device, the
devices after it are on the roster but none of their bundles is applied; only the devices reached were
reported, so the Sync page's lines of the others still said "held for approval (device … is not on the
roster)" and `majlis-cli team update import` said nothing of them. Here: every bundle still held for the
devices the update put on the roster (their device, key fingerprint and changes; nothing a participant
said), and the devices not reached, as approvals with no outcomes yet, for the page to say their lines again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.fingerprints import key_fingerprint
from desktop.core.models import Device, HeldBundle
from desktop.core.sanitise import printable
from desktop.sync.keys import same_public_key
from desktop.sync.roster import Approved


@dataclass(frozen=True)
class StillHeld:
    """A bundle still held for a device a team update put on the roster: the next team update applies it."""

    device_id: str
    device_name: str  # its label on the roster ("" while it has none)
    fingerprint: str  # of the key it was held under
    seq_from: int
    seq_to: int


def still_held(store: Store, arrived: Sequence[tuple[str, str]]) -> tuple[StillHeld, ...]:
    """The bundles held for the (device id, key) pairs of ``arrived``, in the order they were held."""
    ids = {device_id for device_id, _ in arrived}
    if not ids:
        return ()
    with store.session() as s:
        rows = s.execute(select(HeldBundle.device_id, HeldBundle.public_key, HeldBundle.device_name,
                                HeldBundle.seq_from, HeldBundle.seq_to)
                         .where(HeldBundle.device_id.in_(ids)).order_by(HeldBundle.id)).all()
        names = dict(s.execute(select(Device.id, Device.name).where(Device.id.in_(ids))).all())
    return tuple(StillHeld(device_id, printable(str(names.get(device_id) or sent or "")), key_fingerprint(key),
                           int(lo), int(hi))
                 for device_id, key, sent, lo, hi in rows
                 if any(device_id == d and same_public_key(key, k) for d, k in arrived))


def not_reached(held: Sequence[StillHeld], reached: Sequence[Approved]) -> tuple[Approved, ...]:
    """Each device with bundles in ``held`` that the release did not reach, as an approval with no outcomes
    (``HeldLines`` then says its lines wait for the next team update)."""
    done = {(a.device_id, a.fingerprint) for a in reached}
    left: dict[tuple[str, str], Approved] = {}
    for bundle in held:
        pair = (bundle.device_id, bundle.fingerprint)
        if pair not in done and pair not in left:
            left[pair] = Approved(bundle.device_id, bundle.device_name, [], False, bundle.fingerprint)
    return tuple(left.values())
