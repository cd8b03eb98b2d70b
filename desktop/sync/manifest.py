"""The bundle manifest: what a bundle claims to hold, in canonical JSON so that it can be signed.

The signature covers the exact manifest.json bytes, so readers never re-serialise it; they parse it
and check every field's type here, once, so the rest of the code can trust the shape.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar, cast

from desktop.core.digests import sha256_hex as sha256_hex  # the sync modules take it from here
from desktop.core.ids import PLAIN_ID
from desktop.core.local_tables import Device
from desktop.core.published_forms import FORMS_MAX, SentForm, fits
from desktop.sync.errors import (
    BadManifestError,
    LongDeviceNameError,
    ManifestUnreadableError,
    NewerFormatError,
)

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
CHANGES_NAME = "changes.jsonl"
ATTACHMENT_PREFIX = "attachments/"

#: The most characters of a device's name a manifest may hold: the roster's column (a name past it
#: was put whole on the centre's roster, from a device it has no label for or one it holds).
DEVICE_NAME_LIMIT: int = Device.__table__.c.name.type.length  # type: ignore[attr-defined]

BundleKind = Literal["changes", "team_update"]
KINDS: tuple[str, ...] = ("changes", "team_update")

T = TypeVar("T")

_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, real UTF-8 (Arabic stays readable in ``age -d | unzip -p``)."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def is_sha256_hex(text: str) -> bool:
    return bool(_SHA256_HEX.match(text))


def utc_now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Manifest:
    kind: BundleKind
    schema_revision: str
    app_version: str
    team_id: str
    device_id: str
    device_name: str
    device_public_key: str
    epoch: int
    recipients: tuple[str, ...]
    seq_from: int
    seq_to: int
    prev_bundle_hash: str | None
    created: str
    change_count: int
    attachment_count: int
    members: dict[str, str]  # member name -> SHA-256 hex, every member except manifest.json/.sig
    format_version: int = FORMAT_VERSION
    #: A bundle of changes: the form texts its device holds that are not its own rows (the team's), by id:
    #: a centre restored onto another computer learns from them the versions it published and lost
    #: (``published_forms.lost_forms``). Absent from team updates and from bundles of an older Majlis.
    forms: dict[str, SentForm] = field(default_factory=dict)

    def to_json_bytes(self) -> bytes:
        return canonical_json(
            {
                "format_version": self.format_version,
                "kind": self.kind,
                "schema_revision": self.schema_revision,
                "app_version": self.app_version,
                "team_id": self.team_id,
                "device": {
                    "id": self.device_id,
                    "name": self.device_name,
                    "public_key": self.device_public_key,
                    "epoch": self.epoch,
                },
                "recipients": list(self.recipients),
                "seq": {"from": self.seq_from, "to": self.seq_to},
                "prev_bundle_hash": self.prev_bundle_hash,
                "created": self.created,
                "counts": {"changes": self.change_count, "attachments": self.attachment_count},
                "members": self.members,
                # Only when there are some: a Majlis before it ignores a key it does not know.
                **({"forms": {tid: {"key": f.template_key, "version": f.version, "language": f.language}
                              for tid, f in self.forms.items()}} if self.forms else {}),
            }
        )


def parse_manifest(data: bytes) -> Manifest:
    """Parse manifest.json; NewerFormatError first, so an old Majlis says "update" and not "broken"."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ManifestUnreadableError("The bundle's manifest is not valid JSON.") from exc
    if not isinstance(raw, dict):
        raise ManifestUnreadableError("The bundle's manifest is not a JSON object.")
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BadManifestError("The bundle's manifest has no valid format version.")
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            f"This bundle was made by a newer Majlis (format {version}; this Majlis reads format "
            f"{FORMAT_VERSION}): update Majlis to open it."
        )
    device = _field(raw, "device", dict)
    seq = _field(raw, "seq", dict)
    counts = _field(raw, "counts", dict)
    members = _field(raw, "members", dict)
    recipients = _field(raw, "recipients", list)
    kind = _field(raw, "kind", str)
    if kind not in KINDS:
        raise BadManifestError("The bundle's manifest names a kind of file this Majlis does not know.")
    prev = raw.get("prev_bundle_hash")
    if prev is not None and not (isinstance(prev, str) and is_sha256_hex(prev)):
        raise BadManifestError("The bundle's manifest has an invalid previous-bundle hash.")
    if not all(isinstance(r, str) for r in recipients):
        raise BadManifestError("The bundle's manifest has an invalid recipient list.")
    if not all(isinstance(k, str) and isinstance(v, str) and is_sha256_hex(v) for k, v in members.items()):
        raise BadManifestError("The bundle's manifest has an invalid member list.")
    manifest = Manifest(
        kind=cast(BundleKind, kind),
        schema_revision=_field(raw, "schema_revision", str),
        app_version=_field(raw, "app_version", str),
        team_id=_field(raw, "team_id", str),
        device_id=_field(device, "id", str),
        device_name=_field(device, "name", str),
        device_public_key=_field(device, "public_key", str),
        epoch=_int_field(device, "epoch"),
        recipients=tuple(recipients),
        seq_from=_int_field(seq, "from"),
        seq_to=_int_field(seq, "to"),
        prev_bundle_hash=prev,
        created=_field(raw, "created", str),
        change_count=_int_field(counts, "changes"),
        attachment_count=_int_field(counts, "attachments"),
        members=dict(members),
        format_version=version,
        forms=_forms(raw.get("forms", {})),
    )
    if len(manifest.device_name) > DEVICE_NAME_LIMIT:  # the roster keeps no more (the centre's label is its own)
        raise LongDeviceNameError("The bundle's manifest has a device name longer than the roster keeps.")
    if manifest.seq_from > manifest.seq_to + 1:
        raise BadManifestError("The bundle's manifest has an inverted sequence range.")
    return manifest


def _forms(raw: Any) -> dict[str, SentForm]:
    """A manifest's ``forms``, checked as every value a bundle carries: ids as row ids, each form as
    ``published_forms.fits`` says, at most FORMS_MAX of them."""
    if not isinstance(raw, dict) or len(raw) > FORMS_MAX:
        raise BadManifestError("The bundle's manifest has an invalid form list.")
    forms = {}
    for tid, entry in raw.items():
        if not isinstance(entry, dict):
            raise BadManifestError("The bundle's manifest has an invalid form list.")
        form = SentForm(entry.get("key"), entry.get("version"), entry.get("language"))  # type: ignore[arg-type]
        if not (PLAIN_ID.match(tid) and fits(form)):
            raise BadManifestError("The bundle's manifest has an invalid form list.")
        forms[tid] = form
    return forms


def _field(obj: dict[str, Any], name: str, kind: type[T]) -> T:
    value = obj.get(name)
    if not isinstance(value, kind):
        raise BadManifestError(f"The bundle's manifest has a missing or invalid {name!r}.")
    return value


def _int_field(obj: dict[str, Any], name: str) -> int:
    value = obj.get(name)
    # bool is an int in Python; a manifest saying "epoch": true is malformed, not epoch 1.
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadManifestError(f"The bundle's manifest has a missing or invalid {name!r}.")
    return value
