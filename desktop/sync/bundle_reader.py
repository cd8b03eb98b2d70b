"""Read ``.majlis`` bundles: decrypt in memory, then check everything before returning anything.

A caller that gets a VerifiedBundle can write it to the database without further checks on the file
itself; what remains for the caller is what needs the database (the device registry's key for
``expected_signer_key``, the enrolled team and central key, sequence gaps and repeats).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pyrage import x25519

from desktop.sync import envelope
from desktop.sync.errors import (
    BadSignatureError,
    CentralKeyRequiredError,
    CountMismatchError,
    HashMismatchError,
    ImpostorDeviceError,
    MalformedBundleError,
    MissingMemberError,
    NotABundleError,
    RecipientMismatchError,
    TooLargeError,
    UnexpectedMemberError,
    WrongTeamError,
)
from desktop.sync.keys import recipients_of, same_public_key, verify
from desktop.sync.manifest import (
    ATTACHMENT_PREFIX,
    CHANGES_NAME,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    is_sha256_hex,
    parse_manifest,
    sha256_hex,
)
from desktop.sync.safe_zip import read_zip

DEFAULT_MAX_MEMBER = 128 * 1024 * 1024
DEFAULT_MAX_TOTAL = 512 * 1024 * 1024


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    changes: list[dict[str, Any]]
    attachments: dict[str, bytes]  # SHA-256 hex -> content (already checked)
    bundle_hash: str  # SHA-256 hex of the file as received: what the next bundle's prev_bundle_hash names
    encrypted: bool = True
    archive: bytes = b""  # the decrypted ZIP, verified (what the centre keeps for a bundle on hold)


def read_bundle(
    source: bytes | str | os.PathLike[str],
    identities: Sequence[x25519.Identity],
    *,
    expected_team_id: str | None = None,
    expected_signer_key: str | None = None,
    central_verify_key: str | None = None,
    max_total: int = DEFAULT_MAX_TOTAL,
    max_member: int = DEFAULT_MAX_MEMBER,
) -> VerifiedBundle:
    """Decrypt and verify an encrypted bundle, or raise the BundleError that says why not.

    ``expected_signer_key``: the key already registered for this device id (impostor check).
    ``central_verify_key``: the enrolled central key; a team update is refused without it.
    """
    data = _load(source, max_total)
    plaintext = envelope.decrypt(data, identities)
    bundle = _verify_archive(
        plaintext,
        bundle_hash=sha256_hex(data),
        expected_team_id=expected_team_id,
        expected_signer_key=expected_signer_key,
        central_verify_key=central_verify_key,
        max_total=max_total,
        max_member=max_member,
        encrypted=True,
    )
    if not set(bundle.manifest.recipients) & recipients_of(identities):
        # Signed for other recipients, then re-encrypted to us by someone who could open it.
        raise RecipientMismatchError()
    return bundle


def read_team_update(
    source: bytes | str | os.PathLike[str],
    central_verify_key: str,
    *,
    identities: Sequence[x25519.Identity] = (),
    expected_team_id: str | None = None,
    max_total: int = DEFAULT_MAX_TOTAL,
    max_member: int = DEFAULT_MAX_MEMBER,
) -> VerifiedBundle:
    """A team update, encrypted (``identities`` needed) or the bare signed ZIP, signed by the centre."""
    data = _load(source, max_total)
    if envelope.looks_like_age(data):
        bundle = read_bundle(
            data,
            identities,
            expected_team_id=expected_team_id,
            central_verify_key=central_verify_key,
            max_total=max_total,
            max_member=max_member,
        )
    else:
        if not data.startswith(b"PK\x03\x04"):
            raise NotABundleError("This is not a Majlis team update.")
        bundle = _verify_archive(
            data,
            bundle_hash=sha256_hex(data),
            expected_team_id=expected_team_id,
            expected_signer_key=None,
            central_verify_key=central_verify_key,
            max_total=max_total,
            max_member=max_member,
            encrypted=False,
        )
    if bundle.manifest.kind != "team_update":
        raise NotABundleError("This bundle is not a team update.")
    return bundle


def _max_file_size(max_total: int) -> int:
    # The file is the compressed content plus ZIP and age overhead (16 bytes per 64 KiB chunk, a few
    # hundred bytes per member and per recipient): generous, but refuses absurd files unread.
    return max_total + max_total // 4 + (1 << 20)


def _load(source: bytes | str | os.PathLike[str], max_total: int) -> bytes:
    limit = _max_file_size(max_total)
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        with open(source, "rb") as handle:
            data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"The file is larger than {limit} bytes.")
    return data


def _verify_archive(
    archive: bytes,
    *,
    bundle_hash: str,
    expected_team_id: str | None,
    expected_signer_key: str | None,
    central_verify_key: str | None,
    max_total: int,
    max_member: int,
    encrypted: bool,
) -> VerifiedBundle:
    members = read_zip(archive, max_member=max_member, max_total=max_total)
    manifest_bytes = members.pop(MANIFEST_NAME, None)
    signature = members.pop(SIGNATURE_NAME, None)
    if manifest_bytes is None or signature is None:
        raise MalformedBundleError("The bundle has no manifest or no signature.")
    manifest = parse_manifest(manifest_bytes)
    _check_signature(manifest, manifest_bytes, signature, expected_signer_key, central_verify_key)
    # From here on the manifest is authentic: its claims can be trusted and reported.
    if expected_team_id is not None and manifest.team_id != expected_team_id:
        raise WrongTeamError(f"This bundle belongs to another team (team id {manifest.team_id}).")
    _check_members(manifest, members)
    changes = _parse_changes(members[CHANGES_NAME])
    attachments = {
        name[len(ATTACHMENT_PREFIX) :]: data for name, data in members.items() if name != CHANGES_NAME
    }
    if len(changes) != manifest.change_count or len(attachments) != manifest.attachment_count:
        raise CountMismatchError(
            f"The manifest counts {manifest.change_count} changes and {manifest.attachment_count} "
            f"attachments; the bundle holds {len(changes)} and {len(attachments)}."
        )
    return VerifiedBundle(manifest, changes, attachments, bundle_hash, encrypted, archive)


def verify_held_archive(archive: bytes, *, bundle_hash: str, expected_team_id: str) -> VerifiedBundle:
    """Verify again a decrypted archive that was verified on arrival and kept (a bundle on hold)."""
    return _verify_archive(
        archive,
        bundle_hash=bundle_hash,
        expected_team_id=expected_team_id,
        expected_signer_key=None,
        central_verify_key=None,
        max_total=DEFAULT_MAX_TOTAL,
        max_member=DEFAULT_MAX_MEMBER,
        encrypted=True,
    )


def _check_signature(
    manifest: Manifest,
    manifest_bytes: bytes,
    signature: bytes,
    expected_signer_key: str | None,
    central_verify_key: str | None,
) -> None:
    if not verify(manifest.device_public_key, signature, manifest_bytes):
        raise BadSignatureError()
    if manifest.kind == "team_update":
        if central_verify_key is None:
            raise CentralKeyRequiredError()
        if not same_public_key(manifest.device_public_key, central_verify_key):
            raise BadSignatureError("This team update is not signed by the team's central key.")
    if expected_signer_key is not None and not same_public_key(
        manifest.device_public_key, expected_signer_key
    ):
        raise ImpostorDeviceError(
            f"The bundle from device {manifest.device_id} is signed with a key other than the one "
            "registered for that device."
        )


def _check_members(manifest: Manifest, members: Mapping[str, bytes]) -> None:
    for name in manifest.members:
        if name != CHANGES_NAME and not (
            name.startswith(ATTACHMENT_PREFIX) and is_sha256_hex(name[len(ATTACHMENT_PREFIX) :])
        ):
            raise MalformedBundleError(f"The manifest lists a file that a bundle cannot hold: {name!r}.")
    if CHANGES_NAME not in manifest.members:
        raise MalformedBundleError("The manifest does not list changes.jsonl.")
    extra = sorted(set(members) - set(manifest.members))
    if extra:
        raise UnexpectedMemberError(f"The bundle contains files its manifest does not list: {extra[:5]!r}.")
    missing = sorted(set(manifest.members) - set(members))
    if missing:
        raise MissingMemberError(f"Files listed in the manifest are missing: {missing[:5]!r}.")
    for name, expected in manifest.members.items():
        actual = sha256_hex(members[name])
        if actual != expected or (name != CHANGES_NAME and name != ATTACHMENT_PREFIX + actual):
            raise HashMismatchError(f"The bundle file {name!r} does not match its hash in the manifest.")


def _parse_changes(data: bytes) -> list[dict[str, Any]]:
    if not data:
        return []
    if not data.endswith(b"\n"):
        raise MalformedBundleError("changes.jsonl does not end with a newline.")
    fast = _parse_lines_at_once(data)
    if fast is not None:
        return fast
    # Split on b"\n" only: str.splitlines would also split on U+2028 and friends inside the text.
    lines = data[:-1].split(b"\n")
    changes: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        try:
            change = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise MalformedBundleError(f"Line {number} of changes.jsonl is not valid JSON.") from exc
        if not isinstance(change, dict):
            raise MalformedBundleError(f"Line {number} of changes.jsonl is not a JSON object.")
        changes.append(change)
    return changes


def _parse_lines_at_once(data: bytes) -> list[dict[str, Any]] | None:
    """All lines as one JSON array (one parser call instead of one per line), or None to go line by
    line. Accepted only when each line starts with ``{`` and ends with ``}`` (every line break sits
    between ``}`` and ``{``) and the array has exactly one element per line, every element an object.

    Made from the file with one ``replace`` instead of a list of lines joined again: a big bundle
    then holds one extra copy of its text while parsing, not three."""
    lines = data.count(b"\n")
    if not (data.startswith(b"{") and data.endswith(b"}\n") and data.count(b"}\n{") == lines - 1):
        return None
    try:
        parsed = json.loads(b"[" + data[:-1].replace(b"}\n{", b"},{") + b"]")
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(parsed, list) or len(parsed) != lines or not all(type(c) is dict for c in parsed):
        return None
    return parsed
