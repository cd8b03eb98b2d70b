"""Reading a file someone offers as a bundle: a regular file within the reader's size limit, never a
folder, a pipe or a device (each refused in one line before anything waits or fills memory)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.sync.bundle_reader import DEFAULT_MAX_TOTAL, _max_file_size
from desktop.sync.errors import NotABundleError, TooLargeError


def _open_without_waiting(path: str, flags: int) -> int:
    """``open`` that returns at once for a pipe (opening one for reading waits for a writer)."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def read_bundle_file(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes):
        return source
    if Path(source).is_dir():
        raise NotABundleError("This is a folder, not a bundle.")
    limit = _max_file_size(DEFAULT_MAX_TOTAL)
    with open(source, "rb", opener=_open_without_waiting) as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            # A pipe in the inbox would be read until some program writes to it (the import stood
            # still there, the files after it never read); a device (/dev/zero) until the limit.
            raise NotABundleError("This is a device or a pipe, not a bundle file.")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"The file is larger than {limit} bytes.")
    return data
