"""A laptop signs with a new key: its old one was revoked at the centre (the laptop lost or stolen).

A backup of the lost laptop restored onto a new one is that device's database, with its id, its rows
and its signing key. The centre refuses everything signed with the revoked key (``revocations``), so
the restored laptop would be refused for ever. A new key is made here (its private half never leaves
the encrypted database); the centre holds the laptop's next bundles for approval as for a new device,
the coordinator compares the new fingerprint with the facilitator on the phone and approves it, and
the device is back on the roster under its own id (its rows still its own).

Everything this device recorded goes again in the next bundles (the export positions go back to the
start): bundles signed with the revoked key were refused, and the centre takes what it lacks and
counts the rest as already there. The key is never changed by a restore itself: an ordinary restore
(a wrong change undone on the same laptop) would then need a phone call at the centre.
"""

from __future__ import annotations

from sqlalchemy import delete

from desktop.core.db import Store
from desktop.core.fingerprints import key_fingerprint
from desktop.core.models import Device, LocalState, Team
from desktop.sync import keys
from desktop.sync.errors import NoSigningKeyError
from desktop.sync.export import exported_key


class CentreKeyError(ValueError):
    """The centre's own database: it sends no bundles, and the team's key is its own business."""


def new_signing_key(store: Store) -> str:
    """Give this device a new signing key and send everything again; the new key's fingerprint (to
    read to the coordinator). NoSigningKeyError before joining a team; CentreKeyError at the centre."""
    with store.transaction() as s:
        device = s.get(Device, store.device_id)
        if device is None or not device.signing_key:
            raise NoSigningKeyError()
        team = s.query(Team).first()
        if team is not None and team.is_central:
            raise CentreKeyError("this is the centre's database: it sends no bundles, so it needs no new key")
        key = keys.generate_signing_key()
        device.signing_key, device.public_key = keys.private_key_b64(key), keys.public_key_b64(key)
        s.execute(delete(LocalState).where(LocalState.key.startswith(exported_key(""))))
        s.merge(LocalState(key="exported_seq", value="0"))
    return key_fingerprint(keys.public_key_b64(key))
