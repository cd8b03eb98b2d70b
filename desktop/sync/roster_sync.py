"""The centre's roster carried in its team updates, so that a laptop knows its own role.

A second coordinator's laptop joined the team with the team file, like a field laptop; the centre
put it on its roster as a coordinator (``device register --role coordinator`` or an approval). Until
the roster reached the laptop nothing there said so: its Sync page had no Receive and merge section,
and a field laptop's bundle it merged with the team key (``bundle import --identity-file``) was held,
its device unknown there. A team update now carries, for each device on the roster, its id, public
key and role (entity ``roster``, row ``{"device_id", "public_key", "role"}``), never its label: team
updates travel unencrypted, and the label is the centre's own (it may name a place or a person).

A laptop applying it takes its own role from the entry with its own id and key (field when the roster
does not list it so), and puts the other devices on its roster with their keys and roles: a
coordinator's laptop then merges their bundles under the same rules as the centre. A device it knows
under another key is left as it is (a device id has one key; the import's impostor check stands). An
update of an older centre, which has no ``roster`` entity, changes no role.

The keys the centre revoked (``revocations``: a laptop lost or stolen) travel too (entity
``revoked_keys``, row ``{"device_id", "public_key"}``): a coordinator's laptop refuses their bundles
as the centre does, and takes the new key the roster gives a device whose key it knew revoked (an
older laptop ignores the entity).

The centre's own entry says so (``"centre": true``): a laptop keeps which device is the centre
(``CENTRE_STATE``), so its devices table names it as the centre, which sends team updates, never
bundles to be merged, instead of a laptop with no name that has sent nothing yet.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.clock import DEVICE_PATTERN
from desktop.core.fingerprints import key_fingerprint
from desktop.core.models import Device, LocalState, RevokedKey
from desktop.sync import revocations
from desktop.sync.centre_device import CENTRE_STATE
from desktop.sync.errors import MalformedBundleError
from desktop.sync.keys import load_verify_key, same_public_key
from desktop.sync.manifest import utc_now_iso
from desktop.sync.roles import COORDINATOR, FIELD, ROLES

ENTITY = "roster"
REVOKED = "revoked_keys"


def team_payload(s: OrmSession) -> dict[str, list[dict[str, Any]]]:
    """Centre: every device on the roster with a key (itself included, marked ``centre``), by id; no labels."""
    rows = s.execute(select(Device.id, Device.public_key, Device.role, Device.is_self)
                     .where(Device.public_key != "").order_by(Device.id)).all()
    revoked = s.execute(select(RevokedKey.device_id, RevokedKey.public_key).order_by(RevokedKey.id)).all()
    return {ENTITY: [{"device_id": str(d), "public_key": str(k), "role": r if r in ROLES else FIELD,
                      **({"centre": True} if me else {})}
                     for d, k, r, me in rows],
            REVOKED: [{"device_id": str(d), "public_key": str(k)} for d, k in revoked]}


def _revoked(s: OrmSession, payload: Mapping[str, Any]) -> set[str]:
    """The keys the centre revoked, kept here too (checked first: a malformed one refuses the update);
    the fingerprints of every key revoked here now, the table read once whatever the update carries."""
    items = payload.get(REVOKED) or []
    if not isinstance(items, list):
        raise MalformedBundleError("The team update's revoked keys are not a list.")
    revoked = set(revocations.fingerprints(s))
    for item in items:
        device, key = (item.get("device_id"), item.get("public_key")) if isinstance(item, dict) else (None, None)
        try:
            if not (isinstance(device, str) and re.fullmatch(DEVICE_PATTERN, device) and isinstance(key, str)):
                raise ValueError(device)
            load_verify_key(key)
        except ValueError as exc:
            raise MalformedBundleError("The team update holds an invalid revoked key.") from exc
        if key_fingerprint(key) not in revoked:
            row = RevokedKey(device_id=device, public_key=key, revoked_at=utc_now_iso())
            s.add(row)
            revocations.note_receipts_before(s, row)  # flushes it
            revoked.add(key_fingerprint(key))
    return revoked


def _entries(payload: Mapping[str, Any]) -> list[tuple[str, str, str, bool]] | None:
    """The roster's (device id, public key, role, is the centre) entries; None when the update carries none."""
    items = payload.get(ENTITY)
    if items is None:
        return None
    if not isinstance(items, list):
        raise MalformedBundleError("The team update's roster is not a list.")
    entries = []
    for item in items:
        device, key, role, centre = (item.get(k, False) if k == "centre" else item.get(k)
                                     for k in ("device_id", "public_key", "role", "centre")) \
            if isinstance(item, dict) else (None, None, None, None)
        if not (isinstance(device, str) and re.fullmatch(DEVICE_PATTERN, device) and isinstance(key, str)
                and role in ROLES and isinstance(centre, bool)):
            raise MalformedBundleError("The team update holds an invalid roster entry.")
        try:
            load_verify_key(key)
        except ValueError as exc:
            raise MalformedBundleError("The team update holds an invalid roster entry.") from exc
        entries.append((device, key, str(role), centre))
    if sum(1 for *_, centre in entries if centre) > 1:
        raise MalformedBundleError("The team update holds an invalid roster entry.")
    return entries


def apply_team_payload(s: OrmSession, payload: Mapping[str, Any], own_device: str) -> list[tuple[str, str]]:
    """Laptop: its own role, and the other devices' keys and roles, as the centre's roster says.
    The (device id, key) pairs it put on its roster or gave a key to (their held bundles may now be
    applied: ``roster.approve_registered``)."""
    entries = _entries(payload)
    revoked = _revoked(s, payload)
    if entries is None:  # an older centre: the roster is not said, nothing is changed
        return []
    me = s.get(Device, own_device)
    arrived: list[tuple[str, str]] = []
    own_role = FIELD
    for device_id, key, role, centre in entries:
        if centre and device_id != own_device:
            s.merge(LocalState(key=CENTRE_STATE, value=device_id))
        known = s.get(Device, device_id)
        if device_id == own_device:
            # Its own key revoked at the centre (a second coordinator's laptop lost or taken back): a field
            # laptop here from now on, as the centre refuses what that key signs (it went on merging bundles).
            if me is not None and me.public_key and same_public_key(me.public_key, key) \
                    and key_fingerprint(key) not in revoked:
                own_role = role
            continue
        if known is None:
            s.add(Device(id=device_id, name="", public_key=key, role=role, preregistered=True))
            arrived.append((device_id, key))
        elif known.is_self:
            continue
        elif not known.public_key:
            known.public_key, known.role = key, role
            arrived.append((device_id, key))
        elif same_public_key(known.public_key, key):
            known.role = role
        elif revocations.takes_new_key(revoked, known.public_key, key):
            known.public_key, known.role = key, role  # its new key, approved at the centre
            arrived.append((device_id, key))
    if me is not None and me.role != own_role:
        me.role = own_role
    return arrived


def is_coordinator_laptop(s: OrmSession, own_device: str) -> bool:
    """A laptop whose own device the centre's roster names as a coordinator."""
    return s.execute(select(Device.role).where(Device.id == own_device)).scalar() == COORDINATOR


def names_coordinator(s: OrmSession, payload: Mapping[str, Any], own_device: str) -> bool:
    """Whether an update's roster names this laptop (its id and its key) a coordinator, before it is applied."""
    me = s.get(Device, own_device)
    key_here = me.public_key if me is not None else ""
    return bool(key_here) and any(device_id == own_device and role == COORDINATOR and same_public_key(key_here, key)
                                  for device_id, key, role, _ in _entries(payload) or ())
