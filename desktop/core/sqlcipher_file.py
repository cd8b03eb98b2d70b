"""The encrypted file itself: keyed connections, checking a key without writing, SQLite errors by code.

Split from ``db.py`` so that ``backups.py`` (which copies and checks files) and ``db.py`` (which
opens stores and backs up before an upgrade) both build on it without importing each other.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.core.errors import (
    DatabaseMissing,
    EnvironmentProblem,
    NotADatabase,
    StoreError,
    WrongPassphrase,
)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


def quote_key(passphrase: str) -> str:
    """The passphrase as an SQL string literal for ``PRAGMA key`` (PRAGMA takes no bound parameters)."""
    return "'" + passphrase.replace("'", "''") + "'"


# SQLite result codes (https://sqlite.org/rescode.html) that mean the environment, not a bug: the
# primary code is the low byte of the extended code sqlcipher3 puts on the exception.
_ENVIRONMENT: dict[int, tuple[str, str]] = {
    sqlcipher.SQLITE_FULL: ("the disk is full", "disk_full"),
    sqlcipher.SQLITE_READONLY: ("the database is on a read-only disk or folder", "read_only"),
    sqlcipher.SQLITE_BUSY: ("the database is in use by another program", "locked"),
    sqlcipher.SQLITE_LOCKED: ("the database is in use by another program", "locked"),
    sqlcipher.SQLITE_CANTOPEN: ("the database file cannot be opened here", "cannot_open"),
    sqlcipher.SQLITE_IOERR: ("the disk reported an error", "io"),
}


def classify(exc: BaseException) -> StoreError | None:
    """Map an SQLite error about the environment (disk, permissions, locks) to a user-facing error.

    By result code, as qutebrowser's ``misc/sql.py`` does, never by the words of the message (which
    change between SQLite versions and would turn a bug into a "disk full"). Anything else is None:
    a bug, or a wrong key (SQLITE_NOTADB), for the caller to decide.
    """
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    known = _ENVIRONMENT.get(code & 0xFF)
    return EnvironmentProblem(known[0], reason=known[1]) if known else None


def raw_connect(path: Path, passphrase: str, *, read_only: bool = False) -> sqlcipher.Connection:
    """A keyed DB-API connection. Read-only mode lets the key be checked without touching the file."""
    if read_only:
        conn = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report, not stderr noise
    conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
    return conn


def verify_key(path: Path, passphrase: str) -> None:
    """Raise a clear error unless ``path`` is a SQLCipher database this passphrase opens. Writes nothing."""
    if not path.exists():
        raise DatabaseMissing(f"no database at {path}")
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a Majlis database")
    with open(path, "rb") as fh:
        head = fh.read(16)
    if len(head) < 16:
        raise NotADatabase(f"{path} is not a Majlis database")
    if head == SQLITE_PLAIN_HEADER:
        raise NotADatabase(f"{path} is an unencrypted SQLite file, not a Majlis database")
    try:
        conn = raw_connect(path, passphrase, read_only=True)
    except sqlcipher.Error as exc:
        raise classify(exc) or StoreError(str(exc)) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        env = classify(exc)
        if env is not None:
            raise env from exc
        raise WrongPassphrase("wrong passphrase, or not a Majlis database") from exc
    finally:
        conn.close()
