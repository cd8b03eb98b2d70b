"""A decrypted bundle archive opened and checked, its changes streamed: the one reader of what is inside.

:func:`open_archive` checks the manifest, signature, team, member list and attachments of a decrypted
ZIP (a fresh bundle, or one kept on hold), and :class:`OpenedBundle` streams changes.jsonl block by
block (the centre's import, which keeps only compact checked records). What comes before (the file
read within its limits, told apart from other files, decrypted) is in :mod:`desktop.sync.bundle_reader`,
which also collects this stream into a list (``read_bundle``, ``read_team_update``).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from desktop.core.digests import Sha256
from desktop.core.file_signatures import TEAM_FILE_MEMBERS
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.i18n.counts import counted
from desktop.sync.errors import (
    BadManifestError,
    BadSignatureError,
    BundleError,
    CentralKeyRequiredError,
    CountMismatchError,
    HashMismatchError,
    ImpostorDeviceError,
    MalformedBundleError,
    ManifestUnreadableError,
    MissingMemberError,
    NotABundleError,
    NotCentralKeyError,
    OtherTeamUpdateError,
    TooLargeError,
    UnexpectedMemberError,
    WrongTeamError,
)
from desktop.sync.keys import same_public_key, verify
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

# A team file given to team update import: said as such.
THE_TEAM_FILE = QT_TRANSLATE_NOOP(
    "BundleError", "This is the team file, not a team update: a laptop joins the team with it "
    "(Join a team…, majlis-cli team join).")

DEFAULT_MAX_MEMBER = 128 * 1024 * 1024
DEFAULT_MAX_TOTAL = 512 * 1024 * 1024
#: changes.jsonl is decompressed, hashed and parsed this many bytes at a time (``OpenedBundle``).
STREAM_BLOCK = 1 << 20


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
            raise NotCentralKeyError()
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
    _hasher: Sha256 = field(default_factory=Sha256, repr=False)
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
            if set(infos) == TEAM_FILE_MEMBERS:  # given to team update import
                raise NotABundleError(THE_TEAM_FILE)
            raise ManifestUnreadableError("The bundle has no manifest or no signature.")
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
            raise BadManifestError("The manifest lists a file that a bundle cannot hold.")
    if CHANGES_NAME not in manifest.members:
        raise BadManifestError("The manifest does not list changes.jsonl.")
    extra = sorted(set(members) - set(manifest.members))
    if extra:
        # Counted, never named: a member's name is the file's content, chosen by whoever made the file.
        raise UnexpectedMemberError(f"The bundle contains {counted(len(extra), 'file')} its manifest does not list.")
    missing = sorted(set(manifest.members) - set(members))
    if missing:
        raise MissingMemberError(f"{counted(len(missing), 'file')} listed in the manifest "
                                 f"{'is' if len(missing) == 1 else 'are'} missing.")


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
