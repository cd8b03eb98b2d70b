"""Reading a file someone offers as a bundle: a regular file within the reader's size limit, never a
folder, a pipe or a device, nor a file its first bytes say is no bundle (a recording of a session
chosen with the stick's bundles: each refused in one line before anything waits or fills memory)."""

from __future__ import annotations

import os

from desktop.sync.bundle_reader import _max_file_size, read_limited
from desktop.sync.bundle_stream import DEFAULT_MAX_TOTAL
from desktop.sync.envelope import refuse_unless_age
from desktop.sync.errors import TooLargeError
from desktop.sync.sniff import ZIP_HEADER

#: The largest file read as a bundle (larger ones are refused unread).
MAX_BUNDLE_FILE = _max_file_size(DEFAULT_MAX_TOTAL)


def read_bundle_file(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes):
        return source
    limit = MAX_BUNDLE_FILE
    # A pipe in the inbox would be read until some program writes to it (the import stood still
    # there, the files after it never read); a device (/dev/zero) until the limit.
    data = read_limited(source, limit, first=_bundle_or_zip)
    if len(data) > limit:
        raise TooLargeError(f"The file is larger than {limit} bytes.")
    return data


def _bundle_or_zip(head: bytes) -> None:
    """A file is read whole only when its first bytes are an age file's (every bundle), or a ZIP's (the
    reader says whether it is a team update, a ZIP of bundles or something else); anything else is
    refused as what they say it is."""
    if not head.startswith(ZIP_HEADER):
        refuse_unless_age(head)
