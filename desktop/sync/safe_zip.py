"""Build and read the plain ZIP inside a bundle, treating every byte read as hostile.

A bundle is opened only in memory and no member is ever extracted to disk, but the member names
still reach the database and later exports, so names are held to a strict shape. Sizes declared in
the ZIP directory are checked first (cheap refusal of bombs) and then not trusted: every member is
read with a bound.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Mapping
from typing import IO

from desktop.core.zip_errors import DAMAGED_MEMBER
from desktop.sync.errors import MalformedBundleError, TooLargeError, UnsafePathError

# Fixed timestamp: the same content always gives the same ZIP bytes.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_READ_CHUNK = 1 << 16
_ALLOWED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_DRIVE = re.compile(r"^[A-Za-z]:")


def build_zip(members: Mapping[str, bytes]) -> bytes:
    """Deflated ZIP of ``members`` in the given order, deterministic (fixed times and permissions)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            check_member_name(name)
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3
            archive.writestr(info, data)
    return buffer.getvalue()


def check_member_name(name: str) -> None:
    """Refuse any name that could escape a folder or mean different things on Windows and Linux."""
    reason = _unsafe_reason(name)
    if reason:
        raise UnsafePathError(f"The bundle contains a file with an unsafe name ({reason}): {name!r}")


def _unsafe_reason(name: str) -> str | None:
    if not name:
        return "empty"
    if "\\" in name:
        return "backslash"
    if name.startswith("/"):
        return "absolute path"
    if _DRIVE.match(name):
        return "drive letter"
    if any(ord(ch) < 0x20 or ch == "\x7f" for ch in name):
        return "control character"
    parts = name.split("/")
    if ".." in parts:
        return "parent folder"
    if "." in parts or any(part == "" for part in parts[:-1]):
        return "empty or dot component"
    return None


def read_zip(data: bytes, *, max_member: int, max_total: int, max_members: int = 100_000) -> dict[str, bytes]:
    """All members of the ZIP ``data`` by name, after every name, type and size check.

    Directory entries are returned too (with empty content) so the caller's "nothing beyond the
    manifest" check sees them.
    """
    with open_zip(data, max_member=max_member, max_total=max_total, max_members=max_members) as archive:
        infos = archive.infolist()
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            content = read_member(archive, info, max_member)
            total += len(content)
            if total > max_total:
                raise TooLargeError(f"The bundle's content is larger than {max_total} bytes.")
            members[info.filename] = content
    return members


def open_zip(data: bytes | IO[bytes], *, max_member: int, max_total: int,
             max_members: int = 100_000) -> zipfile.ZipFile:
    """The ZIP ``data`` (its bytes, or a seekable file of them) opened, after every name, type and
    declared-size check of its directory; the caller reads members with :func:`read_member` or
    :func:`open_member` (both bounded)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise MalformedBundleError("The bundle's inner archive is not a valid ZIP.") from exc
    try:
        infos = archive.infolist()
        if len(infos) > max_members:
            raise TooLargeError(f"The bundle holds {len(infos)} files; at most {max_members} are allowed.")
        _check_entries(infos, max_member=max_member, max_total=max_total)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_entries(infos: list[zipfile.ZipInfo], *, max_member: int, max_total: int) -> None:
    # Everything here looks only at the directory: refuse before decompressing a single byte.
    seen: set[str] = set()
    declared_total = 0
    for info in infos:
        name = info.filename
        check_member_name(name)
        # Case-folded too: on Windows "A" and "a" are one file.
        if name in seen or name.casefold() in seen:
            raise UnsafePathError(f"The bundle contains the file {name!r} twice.")
        seen.update({name, name.casefold()})
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise UnsafePathError(f"The bundle contains a link ({name!r}); links are never allowed.")
        if info.flag_bits & 0x1:
            raise MalformedBundleError(f"The bundle member {name!r} is itself encrypted.")
        if info.compress_type not in _ALLOWED_METHODS:
            raise MalformedBundleError(f"The bundle member {name!r} uses an unsupported compression.")
        if info.file_size > max_member:
            raise TooLargeError(
                f"The bundle member {name!r} declares {info.file_size} bytes; at most {max_member} are allowed."
            )
        declared_total += info.file_size
        if declared_total > max_total:
            raise TooLargeError(f"The bundle's content declares more than {max_total} bytes.")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most ``limit`` bytes: a member whose real size exceeds its declared one is caught here."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as member:
            while True:
                chunk = member.read(min(_READ_CHUNK, limit + 1 - size))
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise TooLargeError(f"The bundle member {info.filename!r} is larger than {limit} bytes.")
                chunks.append(chunk)
    except READ_ERRORS as exc:
        raise MalformedBundleError(f"The bundle member {info.filename!r} cannot be read.") from exc
    return b"".join(chunks)


#: What reading a member's bytes may raise for a damaged archive (CRC, deflate stream, short data);
#: encrypted members and other methods were refused by ``_check_entries`` before any read.
READ_ERRORS = DAMAGED_MEMBER


def open_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> IO[bytes]:
    """A member as a stream, for a caller that reads it in blocks and bounds the size itself; reading
    it may raise any of :data:`READ_ERRORS`."""
    try:
        return archive.open(info)
    except READ_ERRORS as exc:
        raise MalformedBundleError(f"The bundle member {info.filename!r} cannot be read.") from exc
