"""Reading a file a person names: a regular file, at most so many bytes, never a folder, pipe or device.

A file given on a command line or picked in a dialog may be anything the file system holds: a pipe
(``mkfifo``) waits for a writer for ever, a device (``/dev/zero``) is read until memory or the disk
runs out, and a file far larger than anything the reader accepts is read whole before its size is
looked at. Each reader then said something wrong ("no such file"), hung, or printed a traceback.
Here such a file is told apart before anything waits, and at most ``limit + 1`` bytes are read (one
more than allowed: the caller tells a file that is too large from one that just fits).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

#: How many of a file's first bytes ``read_at_most`` shows its ``first`` check.
FIRST_BYTES = 4096


class NotAFile(Exception):
    """A folder, or a device or pipe, named where a file was wanted; ``kind`` says which."""

    FOLDER = "folder"
    SPECIAL = "device or a pipe"

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        super().__init__(f"{os.fspath(path)} is a {kind}")
        self.path, self.kind = Path(path), kind


def special_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is there and neither a regular file nor a folder (a pipe, a device, a socket).
    Looked at without opening it: opening a pipe for reading waits for a writer."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def read_at_most(path: str | os.PathLike[str], limit: int, first: Callable[[bytes], None] | None = None) -> bytes:
    """Up to ``limit + 1`` bytes of the regular file ``path`` (NotAFile for anything else; OSError,
    FileNotFoundError among them, as the system says). ``first`` is shown the file's first bytes
    (``FIRST_BYTES``, or all of a shorter file) before the rest is read, and raises to refuse the file
    unread: a recording of a session offered as a bundle was read whole, hundreds of MB, to be refused."""
    if Path(path).is_dir():
        raise NotAFile(path, NotAFile.FOLDER)
    # Opened without waiting (a pipe's open waits for a writer), then asked what it is.
    with open(path, "rb", opener=lambda name, flags: os.open(name, flags | getattr(os, "O_NONBLOCK", 0))) as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise NotAFile(path, NotAFile.SPECIAL)
        if first is not None:
            first(handle.read(FIRST_BYTES))
            handle.seek(0)
        return handle.read(limit + 1)
