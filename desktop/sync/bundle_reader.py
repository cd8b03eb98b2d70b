"""Read ``.majlis`` bundles: decrypt in memory, then check everything before returning anything.

A caller that gets a VerifiedBundle can write it to the database without further checks on the file
itself; what remains for the caller is what needs the database (the device registry's key for
``expected_signer_key``, the enrolled team and central key, sequence gaps and repeats).

There is one reader: :func:`open_archive` checks the manifest, signature, member list and
attachments, and :class:`OpenedBundle` streams changes.jsonl block by block (the centre's import,
which keeps only compact checked records); ``read_bundle`` and ``read_team_update`` collect the
same stream into a list.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from pyrage import x25519

from desktop.core.bounded_read import NotAFile, read_at_most
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.i18n.counts import counted
from desktop.sync import envelope
from desktop.sync.errors import (
    BadSignatureError,
    BundleError,
    CentralKeyRequiredError,
    CountMismatchError,
    HashMismatchError,
    ImpostorDeviceError,
    MalformedBundleError,
    MissingMemberError,
    NotABundleError,
    OtherTeamUpdateError,
    RecipientMismatchError,
    TooLargeError,
    TruncatedTeamUpdateError,
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
from desktop.sync.safe_zip import READ_ERRORS, open_member, open_zip, read_member
from desktop.sync.sniff import (  # team updates and team files: signed, unencrypted ZIPs
    BUNDLE_SUFFIX,
    ZIP_HEADER,
    first_member_name,
    is_signed_zip,
)

# Files handed to the wrong step (what a hurried coordinator or facilitator does): said as such.
# Each names the Sync page's button first, then the command (as team_file's refusals do): read on an
# Arabic or Kurdish Sync page, a command alone told a facilitator nothing they could press.
_A_TEAM_UPDATE_OR_FILE = QT_TRANSLATE_NOOP(
    "BundleError", "This is not a bundle but a team update or a team file: a laptop applies a team update "
    "(Apply team update…, majlis-cli team update import) and joins a team with the team file (Join a team…, "
    "majlis-cli team join).")
_THE_TEAM_FILE = QT_TRANSLATE_NOOP(
    "BundleError", "This is the team file, not a team update: a laptop joins the team with it "
    "(Join a team…, majlis-cli team join).")
_A_ZIP_OF_BUNDLES = QT_TRANSLATE_NOOP(
    "BundleError", "This is a ZIP archive with bundles inside (as a shared folder is downloaded): extract it, "
    "then import the bundles, or the folder they are in.")
# A team update changed on its way (a failing stick, an edit): not "a file inside the bundle …".
_UPDATE_ALTERED = QT_TRANSLATE_NOOP(
    "BundleError", "The team update's content does not match the centre's signature: it was altered or damaged on "
    "the way. Copy it again from the centre; nothing was changed.")
_A_LAPTOPS_BUNDLE = QT_TRANSLATE_NOOP(
    "BundleError", "This is a laptop's bundle of changes, not a team update: the central team imports it "
    "(Import bundles…, majlis-cli bundle import).")

DEFAULT_MAX_MEMBER = 128 * 1024 * 1024
DEFAULT_MAX_TOTAL = 512 * 1024 * 1024
#: changes.jsonl is decompressed, hashed and parsed this many bytes at a time (``OpenedBundle``).
STREAM_BLOCK = 1 << 20


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
        if not data.startswith(ZIP_HEADER) or not _written_by_majlis(data):
            if first_member_name(data[:4096]) == MANIFEST_NAME:  # ours, its end (the ZIP's directory) missing
                raise TruncatedTeamUpdateError()
            raise NotABundleError("This is not a Majlis team update.")
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
        except (HashMismatchError, BadSignatureError) as exc:  # said of the team update, and what to do
            raise type(exc)(_UPDATE_ALTERED) from exc
    if bundle.manifest.kind != "team_update":
        raise NotABundleError("This bundle is not a team update.")
    return bundle


def _written_by_majlis(data: bytes) -> bool:
    """Whether a ZIP holds what Majlis writes unencrypted: a team update's manifest and signature,
    or a team file's team.json and team.sig. A workbook or any other ZIP is then named as not one of
    ours, not as a malformed bundle. Only the names are read (the central directory)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except READ_ERRORS:
        return False
    return is_signed_zip(names)


def _holds_bundles(data: bytes) -> bool:
    """Whether a ZIP (not one of ours) has .majlis files in it: a shared folder of bundles downloaded
    as one archive. Only the names are read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.lower().endswith(BUNDLE_SUFFIX) for name in archive.namelist())
    except READ_ERRORS:
        return False


def _max_file_size(max_total: int) -> int:
    # The file is the compressed content plus ZIP and age overhead (16 bytes per 64 KiB chunk, a few
    # hundred bytes per member and per recipient): generous, but refuses absurd files unread.
    return max_total + max_total // 4 + (1 << 20)


Check = Callable[[bytes], None] | None  # what a file's first bytes are shown to (read_at_most's ``first``)
_NOT_A_FILE = {  # (folder, device or pipe)
    "bundle": ("This is a folder, not a bundle.", "This is a device or a pipe, not a bundle file."),
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


def _check_signature(
    manifest: Manifest,
    manifest_bytes: bytes,
    signature: bytes,
    expected_signer_key: str | None,
    central_verify_key: str | None,
    expected_team_id: str | None = None,
) -> None:
    if not verify(manifest.device_public_key, signature, manifest_bytes):
        raise BadSignatureError()
    if manifest.kind == "team_update":
        if central_verify_key is None:
            raise CentralKeyRequiredError()
        if not same_public_key(manifest.device_public_key, central_verify_key):
            if expected_team_id is not None and manifest.team_id != expected_team_id:
                # Whole and signed by its own centre, for another team: a coordinator of two teams
                # (or a stick shared between them) gave it to the wrong laptop. Not a forgery alarm.
                raise OtherTeamUpdateError()
            raise BadSignatureError("This team update is not signed by the team's central key.")
    if expected_signer_key is not None and not same_public_key(
        manifest.device_public_key, expected_signer_key
    ):
        raise ImpostorDeviceError(
            f"The bundle from device {manifest.device_id} is signed with a key other than the one "
            "registered for that device."
        )


def _parse_lines_at_once(data: bytes) -> list[dict[str, Any]] | None:
    """Every line as one object, or None to go line by line (which names the line at fault).

    Each line is parsed where it starts by the C scanner inside ``json.loads`` (without a call
    through ``json.loads`` per line), and accepted only when it is exactly one object: it starts
    with ``{`` and the object ends where the line does. Not as one JSON array of the lines joined: a
    line holding half an object and another holding two would parse as well as the right ones."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    scan, changes, at = _SCAN, [], 0
    try:
        while at < len(text):
            end_of_line = text.index("\n", at)
            if text[at] != "{":
                return None
            change, end = scan(text, at)
            if end != end_of_line:
                return None
            changes.append(change)
            at = end_of_line + 1
    except (StopIteration, ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return None
    return changes


# The scanner ``json.loads`` uses (the C one): an object from where a line starts, and where it ends.
# (Set by the JSONDecoder constructor; the type stubs leave it out.)
_SCAN: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


# --- streaming: a bundle of changes read block by block (the centre's import) ---------------------


@dataclass
class OpenedBundle:
    """A decrypted bundle whose manifest, signature, team, member list and attachments are verified,
    and whose changes.jsonl is still to be read, block by block (:meth:`change_blocks`).

    The changes are never held as one text nor as one parsed list: each block of lines is parsed and
    handed on, and what the caller keeps of it is up to the caller. Their hash and count are known
    only at the end of the stream; :meth:`change_blocks` raises HashMismatchError / CountMismatchError
    after the last block, and a caller that refuses a block for its content asks
    :meth:`integrity_problem` first, so a file altered on the way is named as such, as
    ``read_bundle`` names it.
    """

    manifest: Manifest
    attachments: dict[str, bytes]
    bundle_hash: str
    archive: bytes | IO[bytes]  # the decrypted ZIP, or a file of it (what the centre keeps for a bundle on hold)
    _zip: zipfile.ZipFile = field(repr=False)
    _info: zipfile.ZipInfo = field(repr=False)
    _budget: int = 0  # bytes changes.jsonl may still have (the member and the total limit)
    _hasher: Any = field(default_factory=hashlib.sha256, repr=False)
    _size: int = 0
    _lines: int = 0
    _stream: IO[bytes] | None = field(default=None, repr=False)
    _done: bool = False

    def change_blocks(self) -> Iterator[list[dict[str, Any]]]:
        """The changes in order, a block of parsed lines at a time; BundleError when the file is not
        well-formed, too large, or does not match its manifest (after the last block)."""
        stream = self._stream = open_member(self._zip, self._info)
        pending: list[bytes] = []  # the start of a line longer than a block
        while block := self._read(stream):
            cut = block.rfind(b"\n") + 1
            if not cut:
                pending.append(block)
                continue
            lines = b"".join([*pending, block[:cut]]) if pending else (block if cut == len(block) else block[:cut])
            pending = [block[cut:]] if cut < len(block) else []
            before = self._lines
            self._lines += lines.count(b"\n")  # counted first: a refused block still counts for the manifest check
            yield _parse_block(lines, before)
        self._done = True
        if pending:
            raise MalformedBundleError("changes.jsonl does not end with a newline.")
        self._check_whole()

    def integrity_problem(self) -> BundleError | None:
        """Read what is left of changes.jsonl (hashing it, counting lines) and say whether the file
        differs from what its manifest promises; None when it matches."""
        try:
            if not self._done:
                stream = self._stream or open_member(self._zip, self._info)
                self._stream = stream
                while block := self._read(stream):
                    self._lines += block.count(b"\n")  # the lines handed out were counted already
                self._done = True
            self._check_whole()
        except BundleError as exc:
            return exc
        return None

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
        self._zip.close()

    def _read(self, stream: IO[bytes]) -> bytes:
        try:
            block = stream.read(min(STREAM_BLOCK, self._budget + 1 - self._size))
        except READ_ERRORS as exc:
            raise MalformedBundleError(f"The bundle member {CHANGES_NAME!r} cannot be read.") from exc
        self._size += len(block)
        if self._size > self._budget:
            raise TooLargeError(f"The bundle member {CHANGES_NAME!r} is larger than allowed.")
        self._hasher.update(block)
        return block

    def _check_whole(self) -> None:
        if self._hasher.hexdigest() != self.manifest.members[CHANGES_NAME]:
            raise HashMismatchError(f"The bundle file {CHANGES_NAME!r} does not match its hash in the manifest.")
        if self._lines != self.manifest.change_count or len(self.attachments) != self.manifest.attachment_count:
            raise CountMismatchError(
                f"The manifest counts {counted(self.manifest.change_count, 'change')} and "
                f"{counted(self.manifest.attachment_count, 'attachment')}; the bundle holds {self._lines} and "
                f"{len(self.attachments)}."
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
        ours = _written_by_majlis(data) or first_member_name(data[:4096]) in (MANIFEST_NAME, "team.json")  # or cut short
        raise NotABundleError(_A_TEAM_UPDATE_OR_FILE if ours
                              else _A_ZIP_OF_BUNDLES if _holds_bundles(data) else None)
    plaintext = envelope.decrypt(data, identities)
    opened = open_archive(plaintext, bundle_hash=sha256_hex(data), expected_team_id=expected_team_id,
                          max_total=max_total, max_member=max_member)
    if not set(opened.manifest.recipients) & recipients_of(identities):
        opened.close()
        raise RecipientMismatchError()
    return opened


def open_archive(
    archive: bytes | IO[bytes],
    *,
    bundle_hash: str,
    expected_team_id: str | None,
    expected_signer_key: str | None = None,
    central_verify_key: str | None = None,
    max_total: int = DEFAULT_MAX_TOTAL,
    max_member: int = DEFAULT_MAX_MEMBER,
) -> OpenedBundle:
    """A decrypted archive (a fresh bundle, or one kept on hold: its bytes or a seekable file of them)
    opened for streaming its changes: manifest, signature (``read_bundle`` explains the keys), team,
    member list and attachments checked."""
    zipped = open_zip(archive, max_member=max_member, max_total=max_total)
    try:
        infos = {info.filename: info for info in zipped.infolist()}
        if MANIFEST_NAME not in infos or SIGNATURE_NAME not in infos:
            if set(infos) == {"team.json", "team.sig"}:  # given to team update import
                raise NotABundleError(_THE_TEAM_FILE)
            raise MalformedBundleError("The bundle has no manifest or no signature.")
        manifest_bytes = read_member(zipped, infos.pop(MANIFEST_NAME), max_member)
        signature = read_member(zipped, infos.pop(SIGNATURE_NAME), max_member)
        manifest = parse_manifest(manifest_bytes)
        _check_signature(manifest, manifest_bytes, signature, expected_signer_key, central_verify_key,
                         expected_team_id)
        # From here on the manifest is authentic: its claims can be trusted and reported.
        if expected_team_id is not None and manifest.team_id != expected_team_id:
            raise WrongTeamError(f"This bundle belongs to another team (team id {manifest.team_id}).")
        _check_names(manifest, infos)
        attachments: dict[str, bytes] = {}
        total = len(manifest_bytes) + len(signature)
        for name, info in infos.items():
            if name == CHANGES_NAME:
                continue
            content = read_member(zipped, info, max_member)
            total += len(content)
            if total > max_total:
                raise TooLargeError(f"The bundle's content is larger than {max_total} bytes.")
            actual = sha256_hex(content)
            if actual != manifest.members[name] or name != ATTACHMENT_PREFIX + actual:
                raise HashMismatchError(f"The bundle file {name!r} does not match its hash in the manifest.")
            attachments[name[len(ATTACHMENT_PREFIX) :]] = content
    except BaseException:
        zipped.close()
        raise
    return OpenedBundle(manifest, attachments, bundle_hash, archive, zipped, infos[CHANGES_NAME],
                        _budget=min(max_member, max_total - total))


def _check_names(manifest: Manifest, members: Mapping[str, object]) -> None:
    """The member list of the manifest and of the archive agree (their content is checked after)."""
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


def _parse_block(block: bytes, before: int) -> list[dict[str, Any]]:
    """Complete lines (``block`` ends with a line break) as objects; ``before``: lines before it."""
    fast = _parse_lines_at_once(block)
    if fast is not None:
        return fast
    changes: list[dict[str, Any]] = []
    for number, line in enumerate(block[:-1].split(b"\n"), start=before + 1):
        try:
            change = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise MalformedBundleError(f"Line {number} of changes.jsonl is not valid JSON.") from exc
        if not isinstance(change, dict):
            raise MalformedBundleError(f"Line {number} of changes.jsonl is not a JSON object.")
        changes.append(change)
    return changes
