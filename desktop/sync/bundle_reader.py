"""Read ``.majlis`` bundles: decrypt in memory, then check everything before returning anything.

A caller that gets a VerifiedBundle can write it to the database without further checks on the file
itself; what remains for the caller is what needs the database (the device registry's key for
``expected_signer_key``, the enrolled team and central key, sequence gaps and repeats).

There is one reader: :func:`~desktop.sync.bundle_stream.open_archive` checks the manifest,
signature, member list and attachments, and :class:`~desktop.sync.bundle_stream.OpenedBundle`
streams changes.jsonl block by block (the centre's import, which keeps only compact checked records);
``read_bundle`` and ``read_team_update`` here collect the same stream into a list, after reading the
file within its limits, telling it apart from what else a stick holds, and decrypting it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pyrage import x25519

from desktop.core.bounded_read import NotAFile, read_at_most
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync import envelope
from desktop.sync.bundle_stream import (
    DEFAULT_MAX_MEMBER,
    DEFAULT_MAX_TOTAL,
    THE_TEAM_FILE,
    OpenedBundle,
    open_archive,
)
from desktop.sync.errors import (
    BadSignatureError,
    BundleError,
    HashMismatchError,
    NotABundleError,
    NotCentralKeyError,
    RecipientMismatchError,
    TooLargeError,
    TruncatedTeamUpdateError,
)
from desktop.sync.keys import recipients_of
from desktop.sync.manifest import Manifest, sha256_hex
from desktop.sync.sniff import BUNDLE_SUFFIX, ZIP_HEADER, kind_and_names

# Files handed to the wrong step (what a hurried coordinator or facilitator does): said as such.
# Each names the Sync page's button first, then the command (as team_file's refusals do): read on an
# Arabic or Kurdish Sync page, a command alone told a facilitator nothing they could press.
_A_TEAM_UPDATE_OR_FILE = QT_TRANSLATE_NOOP(
    "BundleError", "This is not a bundle but a team update or a team file: a laptop applies a team update "
    "(Apply team update…, majlis-cli team update import) and joins a team with the team file (Join a team…, "
    "majlis-cli team join).")
_A_ZIP_OF_BUNDLES = QT_TRANSLATE_NOOP(
    "BundleError", "This is a ZIP archive with bundles inside (as a shared folder is downloaded): extract it, "
    "then import the bundles, or the folder they are in.")
# A team update changed on its way (a failing stick, an edit): not "a file inside the bundle …".
_UPDATE_ALTERED = QT_TRANSLATE_NOOP(
    "BundleError", "The team update's content does not match the centre's signature: it was altered or damaged on "
    "the way. Copy it again from the centre; nothing was changed.")
# A file that is no team update (a download damaged on the way, a ZIP of something else), given as one on a
# laptop: marked for the catalogue, so that an Arabic or Kurdish screen says this and not the general line
# of its code ("… not an age-encrypted file"), which a laptop's team update never is.
_NOT_A_TEAM_UPDATE = QT_TRANSLATE_NOOP("BundleError", "This is not a Majlis team update.")
_CHANGES_NOT_AN_UPDATE = QT_TRANSLATE_NOOP("BundleError", "This bundle is not a team update.")  # opened: a laptop's
_A_LAPTOPS_BUNDLE = QT_TRANSLATE_NOOP(
    "BundleError", "This is a laptop's bundle of changes, not a team update: the central team imports it "
    "(Import bundles…, majlis-cli bundle import).")


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
    data = _load(source, max_total, "team update")
    if envelope.looks_like_age(data) and not identities:
        # Team updates are written unencrypted; an encrypted file on a laptop is a laptop's bundle.
        raise NotABundleError(_A_LAPTOPS_BUNDLE)
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
        kind, names = kind_and_names(data)  # what file_kinds calls it: the Sync and Survey pages say the same
        if kind == "team_file":  # whole or cut short
            raise NotABundleError(THE_TEAM_FILE)
        if kind != "team_update":
            raise NotABundleError(_NOT_A_TEAM_UPDATE)
        if names is None:  # ours (its first member the manifest), its end (the ZIP's directory) missing
            raise TruncatedTeamUpdateError()
        try:
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
        except NotCentralKeyError:  # whole, signed by another key: not damage, said as what it is
            raise
        except (HashMismatchError, BadSignatureError) as exc:  # said of the team update, and what to do
            raise type(exc)(_UPDATE_ALTERED) from exc
    if bundle.manifest.kind != "team_update":
        raise NotABundleError(_CHANGES_NOT_AN_UPDATE)
    return bundle


def _max_file_size(max_total: int) -> int:
    # The file is the compressed content plus ZIP and age overhead (16 bytes per 64 KiB chunk, a few
    # hundred bytes per member and per recipient): generous, but refuses absurd files unread.
    return max_total + max_total // 4 + (1 << 20)


Check = Callable[[bytes], None] | None  # what a file's first bytes are shown to (read_at_most's ``first``)
_NOT_A_FILE = {  # (folder, device or pipe)
    "bundle": (QT_TRANSLATE_NOOP("BundleError", "This is a folder, not a bundle."),
               QT_TRANSLATE_NOOP("BundleError", "This is a device or a pipe, not a bundle file.")),
    "team update": (QT_TRANSLATE_NOOP("BundleError", "This is a folder, not a team update."),
                    QT_TRANSLATE_NOOP("BundleError", "This is a device or a pipe, not a team update.")),
}


def read_limited(source: str | os.PathLike[str], limit: int, what: str = "bundle", first: Check = None) -> bytes:
    """At most ``limit + 1`` bytes of a file offered as a bundle or team update (``what``): a folder, a pipe, a
    device or a file ``first`` refuses by its first bytes (read_at_most) is refused in one line, unread."""
    try:
        return read_at_most(source, limit, first)
    except NotAFile as exc:
        folder, special = _NOT_A_FILE[what]
        raise NotABundleError(folder if exc.kind == NotAFile.FOLDER else special) from None


def _load(source: bytes | str | os.PathLike[str], max_total: int, what: str = "bundle") -> bytes:
    limit = _max_file_size(max_total)
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        data = read_limited(source, limit, what)
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
    """The whole bundle in memory, read through the same stream as the centre's import
    (:func:`open_archive`, :meth:`OpenedBundle.change_blocks`): one reader to keep hostile-proof."""
    opened = open_archive(archive, bundle_hash=bundle_hash, expected_team_id=expected_team_id,
                          expected_signer_key=expected_signer_key, central_verify_key=central_verify_key,
                          max_total=max_total, max_member=max_member)
    try:
        changes: list[dict[str, Any]] = []
        try:
            for block in opened.change_blocks():
                changes.extend(block)
        except BundleError as exc:
            raise (opened.integrity_problem() or exc) from None
        return VerifiedBundle(opened.manifest, changes, opened.attachments, bundle_hash, encrypted, archive)
    finally:
        opened.close()


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


def open_bundle(
    data: bytes,
    identities: Sequence[x25519.Identity],
    *,
    expected_team_id: str | None,
    max_total: int = DEFAULT_MAX_TOTAL,
    max_member: int = DEFAULT_MAX_MEMBER,
) -> OpenedBundle:
    """``read_bundle`` for a bundle of changes read as a stream: decrypted in memory, everything but
    changes.jsonl verified here (signature first), changes.jsonl verified as it is read."""
    if len(data) > _max_file_size(max_total):
        raise TooLargeError(f"The file is larger than {_max_file_size(max_total)} bytes.")
    if data.startswith(ZIP_HEADER):
        # What a bundle's sender also hands around unencrypted: said as such (the CLI prints this
        # text; the UI shows not_a_bundle's own). Any other ZIP (a workbook, a folder of photos) is
        # simply not a bundle.
        # Ours as file_kinds says (whole, or cut short); a ZIP holding .majlis files is a shared folder of
        # bundles downloaded as one archive.
        kind, names = kind_and_names(data)
        raise NotABundleError(_A_TEAM_UPDATE_OR_FILE if kind in ("team_update", "team_file")
                              else _A_ZIP_OF_BUNDLES if any(n.lower().endswith(BUNDLE_SUFFIX) for n in names or ())
                              else None)
    plaintext = envelope.decrypt(data, identities)
    opened = open_archive(plaintext, bundle_hash=sha256_hex(data), expected_team_id=expected_team_id,
                          max_total=max_total, max_member=max_member)
    if not set(opened.manifest.recipients) & recipients_of(identities):
        opened.close()
        raise RecipientMismatchError()
    return opened
