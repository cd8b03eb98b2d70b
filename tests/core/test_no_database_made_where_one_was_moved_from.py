"""A database moved away or deleted under an open store (a file manager, the IT helper tidying folders):
a connection the store opens afterwards (its pool's, for a read) no longer makes a new, empty database
at the old place. It did (SQLite makes a missing file, and the store's pragmas wrote its first page),
and the next start took that file for the database: the passphrase opened it, and then it was 'not a
Majlis database' (an OperationalError, no such table, from open_store) instead of the first-run
window's 'the database opened last is not there'."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desktop.core import sessions
from desktop.core.db import Store, create_store, open_store
from desktop.ui.app import database_to_open
from tests.conftest import PASSPHRASE


def _moved(path: Path, to: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            os.replace(f"{path}{suffix}", f"{to}{suffix}")


def test_a_connection_opened_after_the_move_makes_no_file(store: Store, db_path: Path, tmp_path: Path) -> None:
    sid = sessions.create_session(store, "roundtable", title="طاولة البصرة")
    moved = tmp_path / "elsewhere.db"
    _moved(db_path, moved)
    store.engine.dispose()  # the pool's connections closed: the next read opens a new one
    with pytest.raises(OperationalError), store.session() as s:
        s.connection()
    assert not db_path.exists()
    assert database_to_open(None, db_path, tmp_path / "data" / "majlis.db") == (None, db_path)  # said at start
    store.close()
    _moved(moved, db_path)  # put back, it opens as it was
    again = open_store(db_path, PASSPHRASE)
    try:
        assert sessions.load_minutes(again, sid).fields["title"] == "طاولة البصرة"
    finally:
        again.close()


def test_a_new_database_is_still_made(tmp_path: Path) -> None:
    made = create_store(tmp_path / "جديد.db", PASSPHRASE, "Erbil laptop")
    made.close()
    open_store(tmp_path / "جديد.db", PASSPHRASE).close()
