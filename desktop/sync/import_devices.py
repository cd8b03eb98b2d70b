"""The roster at import: what the centre knows of a bundle's device, the impostor check, and the
note a bundle leaves on its device's roster entry (``importer.py`` applies; ``roster.py`` approves).
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Boolean, Connection, String, and_, bindparam, case, func, select, update

from desktop.core.models import Device
from desktop.core.sanitise import printable
from desktop.sync.errors import ImpostorDeviceError
from desktop.sync.keys import same_public_key
from desktop.sync.manifest import Manifest, utc_now_iso
from desktop.sync.ownership import FIELD

# Built once: a statement object reused is compiled once and its cache key is not rebuilt per bundle.
_DEVICE_BY_ID = select(Device.public_key, Device.is_self, Device.role, Device.name).where(
    Device.id == bindparam("device_id")
)


class KnownDevice(NamedTuple):
    public_key: str
    is_self: bool
    role: str = FIELD
    label: str = ""  # the centre's own name for the device (a bundle's claim never replaces it)


def check_device(conn: Connection, manifest: Manifest) -> KnownDevice | None:
    row = conn.execute(_DEVICE_BY_ID, {"device_id": manifest.device_id}).first()
    return None if row is None else KnownDevice(row.public_key, row.is_self, row.role or FIELD, row.name or "")


def refuse_impostor(manifest: Manifest, known: KnownDevice | None) -> None:
    if known is not None and known.public_key and not same_public_key(known.public_key, manifest.device_public_key):
        raise ImpostorDeviceError(
            f"The bundle from device {manifest.device_id} is signed with a key other than the one "
            "registered for that device."
        )


def register(conn: Connection, manifest: Manifest, row: KnownDevice | None) -> None:
    """Note the bundle on the device's roster entry. The label is the centre's own: the name a
    bundle gives fills it only while the centre has none (and never with control characters).
    A key is filled in only where the roster has none. One statement, built once (per bundle)."""
    name = printable(manifest.device_name).strip()
    conn.execute(_REGISTER, {
        "device": manifest.device_id,
        "at": utc_now_iso(),
        "fill_key": row is not None and not row.public_key,
        "key": manifest.device_public_key,
        "name": name if row is None or not row.is_self else "",
    })


_REGISTER = (
    update(Device)
    .where(Device.id == bindparam("device"))
    .values(
        last_bundle_at=bindparam("at"),
        public_key=case(
            (and_(bindparam("fill_key", type_=Boolean), func.coalesce(Device.public_key, "") == ""), bindparam("key")),
            else_=Device.public_key,
        ),
        name=case((Device.name == "", bindparam("name", type_=String)), else_=Device.name),
    )
)
