"""Is the database file still the one this process opened? (An open app must never write into a
file that was replaced under it, nor go on with a key that no longer opens it.)

A file's identity is its device and inode (file index on Windows) plus its first 16 bytes, the
SQLCipher salt: a copy put in its place has another inode, a file written in place by another tool
has another salt. A passphrase change keeps both, so that case is caught when SQLCipher reports that
the key no longer opens the file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import EnvironmentProblem


class DatabaseReplaced(EnvironmentProblem):
    """The open store's file was replaced or rekeyed by another program: this process stops writing."""


def replaced_error(path: Path | None = None) -> DatabaseReplaced:
    """``path``: the open store's file, said to be gone when nothing is there any more (``gone``)."""
    if path is not None and identity_of(path) is None:
        # Not another program's doing: a file moved or deleted, a USB stick taken out.
        return DatabaseReplaced(
            "the database file is no longer where it was opened (moved, deleted, or on a USB stick taken "
            "out); nothing more was written to it. Put it back, close Majlis and open it again",
            reason="replaced", gone=True,
        )
    return DatabaseReplaced(
        "the database file was replaced or its passphrase changed by another program; nothing more "
        "was written to it. Close Majlis and open the database again",
        reason="replaced",
    )


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int
    salt: bytes


def identity_of(path: Path) -> FileIdentity | None:
    """The identity of the file at ``path`` now; None when there is no file there."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            salt = fh.read(16)
    except FileNotFoundError:
        return None
    return FileIdentity(st.st_dev, st.st_ino, salt)


def key_no_longer_fits(exc: BaseException) -> bool:
    """SQLCipher's way of saying the pages no longer decrypt with our key."""
    return "file is not a database" in str(getattr(exc, "orig", exc)).lower()
