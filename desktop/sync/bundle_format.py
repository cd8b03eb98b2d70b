"""Write ``.majlis`` bundles, independent of the database (reading is in bundle_reader).

A bundle is ``age(ZIP{manifest.json, manifest.sig, changes.jsonl, attachments/<sha256>})``. age gives
confidentiality and integrity but not authorship (anyone holding a recipient can encrypt), so the
manifest, which names the recipients and hashes every member, is signed with the device's Ed25519
key.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.published_forms import SentForm
from desktop.sync import envelope
from desktop.sync.atomic_file import atomic_output
from desktop.sync.errors import BundleError, NewerTeamKeyError, OtherTeamBundleError, WrongIdentityError
from desktop.sync.keys import public_key_b64, sign
from desktop.sync.manifest import (
    ATTACHMENT_PREFIX,
    CHANGES_NAME,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    BundleKind,
    Manifest,
    canonical_json,
    is_sha256_hex,
    sha256_hex,
    utc_now_iso,
)
from desktop.sync.safe_zip import build_zip
from desktop.sync.sniff import BUNDLE_SUFFIX


def write_bundle(
    changes: Sequence[Mapping[str, Any]],
    attachments: Mapping[str, bytes],
    *,
    kind: BundleKind,
    team_id: str,
    device_id: str,
    device_name: str,
    epoch: int,
    seq_from: int,
    seq_to: int,
    prev_bundle_hash: str | None,
    schema_revision: str,
    app_version: str,
    recipients: Sequence[str],
    signing_key: Ed25519PrivateKey,
    created: str | None = None,
    encrypt: bool = True,
    forms: Mapping[str, SentForm] | None = None,
) -> bytes:
    """The bundle bytes. ``attachments`` are keyed by the SHA-256 hex of their content.

    ``forms``: a bundle of changes names the team's form texts its device holds (``Manifest.forms``).

    ``encrypt=False`` gives the bare signed ZIP and is allowed only for team updates: devices hold
    no team identity, and a team update carries nothing that the (unencrypted) team file does not.
    """
    if not encrypt and kind != "team_update":
        raise ValueError("only team updates may be written unencrypted")
    if encrypt and not recipients:
        raise ValueError("an encrypted bundle needs at least one recipient")
    if prev_bundle_hash is not None and not is_sha256_hex(prev_bundle_hash):
        raise ValueError("prev_bundle_hash must be a SHA-256 hex digest")
    if min(epoch, seq_from, seq_to + 1) < 0 or seq_from > seq_to + 1:
        raise ValueError("invalid epoch or sequence range")

    payload: dict[str, bytes] = {CHANGES_NAME: _changes_bytes(changes)}
    for digest in sorted(attachments):
        content = attachments[digest]
        if sha256_hex(content) != digest:
            raise ValueError("attachments must be keyed by the SHA-256 hex of their content")
        payload[ATTACHMENT_PREFIX + digest] = content

    manifest = Manifest(
        kind=kind,
        schema_revision=schema_revision,
        app_version=app_version,
        team_id=team_id,
        device_id=device_id,
        device_name=device_name,
        device_public_key=public_key_b64(signing_key),
        epoch=epoch,
        recipients=tuple(recipients),
        seq_from=seq_from,
        seq_to=seq_to,
        prev_bundle_hash=prev_bundle_hash,
        created=created or utc_now_iso(),
        change_count=len(changes),
        attachment_count=len(attachments),
        members={name: sha256_hex(data) for name, data in payload.items()},
        forms=dict(forms or {}),
    )
    manifest_bytes = manifest.to_json_bytes()
    # manifest first: `unzip -l` and a reader streaming the archive see it before the payload.
    archive = build_zip(
        {MANIFEST_NAME: manifest_bytes, SIGNATURE_NAME: sign(signing_key, manifest_bytes), **payload}
    )
    return envelope.encrypt(archive, recipients) if encrypt else archive


def save_bundle(path: str | os.PathLike[str], bundle: bytes, *, replace: bool = True,
                cancelled: Callable[[], bool] | None = None) -> str:
    """Write bundle bytes to ``path`` atomically (never a half bundle on the stick); returns its hash.
    ``replace=False``: an existing file is never overwritten (FileExistsError). Where ``cancelled`` says
    so, up to the last moment before the file takes its name: InterruptedError and no file."""
    with atomic_output(path, mode=0o600, replace=replace) as out:
        out.write(bundle)
        if cancelled is not None and cancelled():  # the last moment: past it, the bundle takes its name
            raise InterruptedError("export cancelled")
    return sha256_hex(bundle)


def bundle_file_name(team_id: str, device_id: str, epoch: int, seq_from: int, seq_to: int) -> str:
    """A file name that says what the bundle holds and nothing about any person."""
    return f"majlis-{_slug(team_id)}-{_slug(device_id)}-e{epoch}-{seq_from}-{seq_to}{BUNDLE_SUFFIX}"


_NAMED = re.compile(r"majlis-([A-Za-z0-9]{1,8})-[A-Za-z0-9]{1,8}-e[0-9]+-[0-9]+-[0-9]+(?: \([0-9]+\))?\.majlis\Z")


def with_other_team_named(refusal: BundleError, file_name: str, team_id: str | None) -> BundleError:
    """``refusal``, or, for a bundle no team key here opens whose file name (as ``bundle_file_name``
    makes it; a copy's " (2)" allowed) names another team than ``team_id``, the refusal that says so; one
    that names this team, the refusal that says it was likely encrypted to a newer team key than those held
    here. Only ever a hint, and only where the bundle could not be opened: a file can be renamed."""
    if type(refusal) is not WrongIdentityError or team_id is None:
        return refusal
    found = _NAMED.match(os.path.basename(file_name))
    if found is None:
        return refusal
    return OtherTeamBundleError() if found.group(1) != _slug(team_id) else NewerTeamKeyError()


def _slug(identifier: str) -> str:
    # Ids are UUIDs: keep a short, file-system-safe part that stays readable on a USB stick. The
    # end, not the start: a uuid7 starts with its timestamp, so ids made the same day share a prefix.
    return re.sub(r"[^A-Za-z0-9]", "", identifier)[-8:] or "x"


def _changes_bytes(changes: Sequence[Mapping[str, Any]]) -> bytes:
    # canonical_json escapes "\n" inside strings, so one line is one change whatever the text.
    return b"".join(canonical_json(dict(change)) + b"\n" for change in changes)
