"""A schema upgrade is one transaction: cut short, it leaves the database as it was.

The migrations' environment opened ``engine.begin()`` for the whole upgrade, but the driver (pysqlite's
legacy transaction handling, SQLCipher's too) begins a transaction only before INSERT, UPDATE and
DELETE: every CREATE, ALTER and DROP ran and was committed on its own. An upgrade that failed halfway
(a full disk, a crash, a bug in a migration) left some tables made and others not, and a new database
was written and synced to the disk once per statement, about 150 times.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop.core import migrate
from desktop.core.db import make_engine
from desktop.core.sqlcipher_file import new_key
from tests.conftest import PASSPHRASE


def _tables(engine: Any) -> list[str]:
    with engine.connect() as conn:
        return [row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master ORDER BY name")]


def test_an_upgrade_that_fails_halfway_changes_nothing(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.db", PASSPHRASE, new_key(PASSPHRASE), create=True)
    try:
        made: list[str] = []

        def halfway(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            words = statement.split()
            if words[:2] == ["CREATE", "TABLE"]:
                made.append(words[2].strip('"'))
                if len(made) == 10:  # the first migration's tenth table: some are made, most are not
                    raise RuntimeError("cut short")

        event.listen(engine, "before_cursor_execute", halfway)
        with pytest.raises(RuntimeError, match="cut short"):
            migrate.upgrade(engine)
        event.remove(engine, "before_cursor_execute", halfway)
        engine.dispose()  # the next connections read the file as it is on disk

        assert len(made) == 10
        assert _tables(engine) == []  # not the nine tables made before it, nor alembic_version
        migrate.upgrade(engine)  # and the upgrade runs whole again over it
        assert migrate.VERSION_TABLE in _tables(engine) and set(made) <= set(_tables(engine))
    finally:
        engine.dispose()


def test_every_statement_of_a_new_databases_schema_is_in_the_one_transaction(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.db", PASSPHRASE, new_key(PASSPHRASE), create=True)
    alone: list[str] = []

    def in_transaction(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement != "BEGIN" and not conn.connection.dbapi_connection.in_transaction:
            alone.append(" ".join(statement.split()[:3]))

    event.listen(engine, "before_cursor_execute", in_transaction)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert alone == []
