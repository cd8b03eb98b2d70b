"""One writer for file-level operations: who has a database open, and who may replace or rekey it.

Every process that opens a store (the app, each majlis-cli command) holds a *shared* lock on a
small sidecar file, ``<database>.lock``, for as long as the store is open. Operations on the file as
a whole (restore, passphrase change, schema upgrade) need it *exclusively* and never wait: while
anybody else has the database open they refuse, with nothing changed. The lock lives on a sidecar,
not on the database, because a restore replaces the database file (a lock on the old file would
vanish with it) and because SQLite's own locks on the database are its business.

The file holds nothing; its name says nothing about the people in the database.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.core import file_lock
from desktop.core.errors import DatabaseMissing, EnvironmentProblem


class DatabaseInUse(EnvironmentProblem):
    """Another process has the database open, or is replacing it right now."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class StoreLock:
    """A held lock on a database's sidecar; ``release()`` (or process exit) lets it go."""

    def __init__(self, db_path: Path, fd: int, *, exclusive: bool) -> None:
        self.db_path = db_path
        self._fd: int | None = fd
        self.is_exclusive = exclusive

    @classmethod
    def _acquire(cls, db_path: Path, *, exclusive: bool) -> StoreLock | None:
        try:
            fd = file_lock.open_lock_file(lock_path(db_path))
        except FileNotFoundError as exc:
            raise DatabaseMissing(f"the folder {db_path.parent} does not exist") from exc
        except PermissionError as exc:
            raise EnvironmentProblem("the database is on a read-only disk or folder", reason="read_only") from exc
        if file_lock.try_lock(fd, exclusive=exclusive):
            return cls(db_path, fd, exclusive=exclusive)
        os.close(fd)
        return None

    @classmethod
    def shared(cls, db_path: Path) -> StoreLock:
        """For opening the store. Refused only while a restore or passphrase change is running."""
        lock = cls._acquire(db_path, exclusive=False)
        if lock is None:
            raise DatabaseInUse(
                "the database file is being replaced or re-encrypted by another program (restore, "
                "passphrase change or upgrade); try again when it has finished",
                reason="being_replaced",
            )
        return lock

    @classmethod
    def exclusive(cls, db_path: Path, action: str) -> StoreLock:
        """For an operation on the whole file; ``action`` names it in the refusal."""
        lock = cls._acquire(db_path, exclusive=True)
        if lock is None:
            raise _in_use(action)
        return lock

    def upgrade(self, action: str) -> None:
        """Shared to exclusive for this process's own file-level operation, if nobody else has it open."""
        if self.is_exclusive:
            return
        if not file_lock.convert(self._require_fd(), exclusive=True):
            raise _in_use(action)
        self.is_exclusive = True

    def downgrade(self) -> None:
        if self.is_exclusive:
            file_lock.convert(self._require_fd(), exclusive=False)
            self.is_exclusive = False

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                file_lock.unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _require_fd(self) -> int:
        if self._fd is None:
            raise RuntimeError("the store lock was already released")
        return self._fd


def _in_use(action: str) -> DatabaseInUse:
    return DatabaseInUse(
        f"cannot {action}: another program (Majlis or majlis-cli) has this database open; "
        "close it and try again. Nothing was changed",
        reason="in_use",
    )
