"""What a passphrase test looks at in the database file itself (no Qt): which passphrase opens it,
what it holds, and whether it changed at all."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core.db import open_store
from desktop.core.errors import WrongPassphrase
from desktop.core.models import Session
from desktop.core.sqlcipher_file import verify_key


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the database (or backup) at ``path``."""
    try:
        verify_key(path, passphrase)
    except WrongPassphrase:
        return False
    return True


def titles(path: Path, passphrase: str) -> set[str]:
    """The session titles the database at ``path`` holds, opened with ``passphrase``."""
    store = open_store(path, passphrase)
    try:
        with store.session() as s:
            return set(s.scalars(select(Session.title)))
    finally:
        store.close()


def digest(path: Path) -> bytes:
    """The database's bytes with its write-ahead log: equal before and after means nothing was written."""
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
