"""Shared material for the bundle tests: real keys, real age, and hand-made hostile archives.

Hostile bundles are built here by hand (not through write_bundle) and are validly encrypted and
validly signed, so that only the one check under test can refuse them.
"""

from __future__ import annotations

import io
import stat
import struct
import warnings
import zipfile
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from desktop.sync.bundle_format import write_bundle
from desktop.sync.keys import public_key_b64, recipient_of
from desktop.sync.manifest import canonical_json, sha256_hex

TEAM_ID = "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d0e"
DEVICE_ID = "0190f3a2-7c1e-7a3b-9d2e-000000000001"

TEAM_IDENTITY = x25519.Identity.generate()
SECOND_IDENTITY = x25519.Identity.generate()
STRANGER_IDENTITY = x25519.Identity.generate()
TEAM_RECIPIENTS = [recipient_of(TEAM_IDENTITY)]
DEVICE_KEY = Ed25519PrivateKey.generate()
OTHER_KEY = Ed25519PrivateKey.generate()

ARABIC = "قال أحد المشاركين: نحتاج إلى قانون انتخابات عادل 🗳️"
KURDISH = "بەشداربوویەک گوتی: پێویستمان بە یاسایەکی هەڵبژاردنی دادپەروەرە — ڕ ڵ ۆ ێ ە ڤ"

CHANGES: list[dict[str, Any]] = [
    {"seq": 1, "table": "transcript_turn", "row": "r1", "field": "text", "value": ARABIC, "hlc": "1:0:d1"},
    {"seq": 2, "table": "transcript_turn", "row": "r2", "field": "text", "value": KURDISH, "hlc": "2:0:d1"},
    {"seq": 3, "table": "minutes", "row": "r3", "field": "notes", "value": "line one\nline two\u2028 sep"},
]
SIGNATURE_PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
ATTACHMENTS = {sha256_hex(SIGNATURE_PNG): SIGNATURE_PNG}


def good_bundle(**overrides: Any) -> bytes:
    kwargs: dict[str, Any] = dict(
        kind="changes",
        team_id=TEAM_ID,
        device_id=DEVICE_ID,
        device_name="field laptop 3",
        epoch=0,
        seq_from=1,
        seq_to=3,
        prev_bundle_hash=None,
        schema_revision="0001",
        app_version="0.1.0",
        recipients=TEAM_RECIPIENTS,
        signing_key=DEVICE_KEY,
    )
    kwargs.update(overrides)
    changes = kwargs.pop("changes", CHANGES)
    attachments = kwargs.pop("attachments", ATTACHMENTS)
    return write_bundle(changes, attachments, **kwargs)


def changes_jsonl(changes: list[dict[str, Any]]) -> bytes:
    return b"".join(canonical_json(c) + b"\n" for c in changes)


def manifest_dict(payload: dict[str, bytes], **overrides: Any) -> dict[str, Any]:
    """A valid manifest for ``payload`` (member name -> bytes), with top-level overrides."""
    manifest: dict[str, Any] = {
        "format_version": 1,
        "kind": "changes",
        "schema_revision": "0001",
        "app_version": "0.1.0",
        "team_id": TEAM_ID,
        "device": {
            "id": DEVICE_ID,
            "name": "field laptop 3",
            "public_key": public_key_b64(DEVICE_KEY),
            "epoch": 0,
        },
        "recipients": list(TEAM_RECIPIENTS),
        "seq": {"from": 1, "to": 3},
        "prev_bundle_hash": None,
        "created": "2025-01-01T00:00:00Z",
        "counts": {
            "changes": len(CHANGES),
            "attachments": sum(1 for name in payload if name.startswith("attachments/")),
        },
        "members": {name: sha256_hex(data) for name, data in payload.items()},
    }
    manifest.update(overrides)
    return manifest


def raw_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    """A ZIP with exactly these entries, names unchecked and duplicates allowed."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on duplicate names; we want them here
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def craft(
    payload: dict[str, bytes] | None = None,
    *,
    manifest: dict[str, Any] | None = None,
    extra_entries: list[tuple[str | zipfile.ZipInfo, bytes]] | None = None,
    key: Ed25519PrivateKey = DEVICE_KEY,
    signature: bytes | None = None,
    recipients: list[str] | None = None,
    encrypt: bool = True,
) -> bytes:
    """A hand-made bundle: validly signed (by ``key``) and validly encrypted unless told otherwise."""
    if payload is None:
        payload = {
            "changes.jsonl": changes_jsonl(CHANGES),
            **{f"attachments/{h}": d for h, d in ATTACHMENTS.items()},
        }
    manifest_bytes = canonical_json(manifest if manifest is not None else manifest_dict(payload))
    sig = signature if signature is not None else key.sign(manifest_bytes)
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        ("manifest.json", manifest_bytes),
        ("manifest.sig", sig),
    ]
    entries += list(payload.items()) + list(extra_entries or [])
    archive = raw_zip(entries)
    if not encrypt:
        return archive
    sealed: bytes = pyrage.encrypt(
        archive, [x25519.Recipient.from_str(r) for r in (recipients or TEAM_RECIPIENTS)]
    )
    return sealed


def patch_declared_size(archive: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size a ZIP declares for ``member`` (local and central headers)."""
    data = bytearray(archive)
    encoded = member.encode()
    # Central directory entry: signature PK\1\2, uncompressed size at +24, name length at +28, name at +46.
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + name_len]) == encoded:
            struct.pack_into("<I", data, pos + 24, size)
            local = struct.unpack_from("<I", data, pos + 42)[0]
            struct.pack_into("<I", data, local + 22, size)  # local header: uncompressed size at +22
            return bytes(data)
        pos += 4
    raise AssertionError(f"member {member} not found")
