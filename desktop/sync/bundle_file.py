"""Reading a file someone offers as a bundle: a regular file within the reader's size limit, never a
folder, a pipe or a device (each refused in one line before anything waits or fills memory)."""

from __future__ import annotations

import os

from desktop.sync.bundle_reader import DEFAULT_MAX_TOTAL, _max_file_size, read_limited
from desktop.sync.errors import TooLargeError


def read_bundle_file(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes):
        return source
    limit = _max_file_size(DEFAULT_MAX_TOTAL)
    # A pipe in the inbox would be read until some program writes to it (the import stood still
    # there, the files after it never read); a device (/dev/zero) until the limit.
    data = read_limited(source, limit)
    if len(data) > limit:
        raise TooLargeError(f"The file is larger than {limit} bytes.")
    return data
