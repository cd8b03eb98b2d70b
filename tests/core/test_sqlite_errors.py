"""SQLite errors are told apart by their result code, never by the words of the message."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem
from desktop.core.models import Organisation
from desktop.core.sqlcipher_file import classify, derive_key, raw_connect

KEY = "correct horse battery staple"


_template: list[Path] = []


@pytest.fixture
def db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Path]:
    """An encrypted database with one table: a copy of one made once per process (a new file's key is
    derived for its new salt; the copies share the salt, so ``connect`` derives it once)."""
    if not _template:
        made = tmp_path_factory.mktemp("sqlite-errors") / "x.db"
        conn = raw_connect(made, KEY)
        conn.execute("CREATE TABLE t (b BLOB)")
        conn.commit()
        conn.close()
        _template.append(made)
    path = tmp_path / "x.db"
    shutil.copyfile(_template[0], path)
    yield path


def connect(path: Path, *, read_only: bool = False) -> sqlcipher.Connection:
    """``raw_connect`` keyed with ``derive_key``'s key, as the store's own connections are (keyed by the
    passphrase, SQLCipher derives it again in C at every connection)."""
    return raw_connect(path, KEY, read_only=read_only, raw_key=derive_key(path, KEY))


def _raised(conn: sqlcipher.Connection, sql: str, *args: object) -> sqlcipher.Error:
    with pytest.raises(sqlcipher.Error) as info:
        conn.execute(sql, args)
        conn.commit()
    return info.value


def _reason(exc: BaseException) -> str:
    found = classify(exc)
    assert isinstance(found, EnvironmentProblem)
    return str(found.details["reason"])


def test_a_full_database_is_disk_full(db: Path) -> None:
    conn = connect(db)
    conn.execute("PRAGMA max_page_count = 8")  # the same SQLITE_FULL a full disk gives
    exc = _raised(conn, "INSERT INTO t VALUES (?)", b"x" * 100_000)
    conn.close()
    assert exc.sqlite_errorname == "SQLITE_FULL"
    assert _reason(exc) == "disk_full"


def test_writing_a_read_only_database_is_read_only(db: Path) -> None:
    conn = connect(db, read_only=True)
    exc = _raised(conn, "INSERT INTO t VALUES (?)", b"x")
    conn.close()
    assert _reason(exc) == "read_only"


def test_a_database_another_program_holds_is_locked(db: Path) -> None:
    holder = connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    other = connect(db)
    other.execute("PRAGMA busy_timeout = 0")
    exc = _raised(other, "INSERT INTO t VALUES (?)", b"x")
    holder.rollback()
    holder.close()
    other.close()
    assert _reason(exc) == "locked"


def test_a_bug_is_not_an_environment_problem(db: Path) -> None:
    conn = connect(db)
    exc = _raised(conn, "INSERT INTO no_such_table VALUES (1)")
    conn.close()
    assert classify(exc) is None


def test_the_words_of_a_message_decide_nothing() -> None:
    # An error that only *says* "disk is full" (no SQLite result code) is not taken for one.
    assert classify(sqlcipher.OperationalError("database or disk is full")) is None


def test_a_full_disk_inside_a_store_transaction_is_an_environment_problem(store: Store) -> None:
    # SQLAlchemy wraps SQLite's error in its own OperationalError during a flush: the store still says
    # "disk full" (one translated line in the UI), not an unexplained database exception.
    with pytest.raises(EnvironmentProblem) as info, store.transaction() as s:
        pages = s.execute(text("PRAGMA page_count")).scalar_one()
        s.execute(text(f"PRAGMA max_page_count = {pages + 2}"))  # the same SQLITE_FULL a full disk gives
        s.add_all(Organisation(name="منظمة " * 40, kind="cso") for _ in range(200))
        s.flush()
    assert info.value.details["reason"] == "disk_full"
    assert isinstance(info.value.__cause__, sqlalchemy.exc.OperationalError)
