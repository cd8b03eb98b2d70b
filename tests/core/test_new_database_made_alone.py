"""A new database is made by one program at a time, and only what it made is taken away.

Making a database held its file's lock shared, as an opening does. Two programs making the same
database at once (the first-run wizard started twice and Finish pressed in both, or the wizard and
``majlis-cli init`` run by an IT helper) both went on: the second keyed the first's new file with
another key and wrote its tables into it, and a making that failed now removes the file it was
making (core/new_database.py), which would be the other program's. The lock is now taken alone for
the making (nobody else may have the file open meanwhile) and shared once the database is whole, so
it opens elsewhere as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import create_store, open_store
from desktop.core.store_lock import DatabaseInUse, StoreLock
from tests.conftest import PASSPHRASE


def test_a_database_another_program_is_making_is_left_to_it(tmp_path: Path) -> None:
    path = tmp_path / "majlis.db"
    path.touch()  # the other program's first connection has made the file, no page written yet
    other = StoreLock.shared(path)
    try:
        with pytest.raises(DatabaseInUse) as refused:
            create_store(path, PASSPHRASE, "laptop")
        assert refused.value.details.get("reason") == "locked"  # "in use by another program", said as such
        assert path.stat().st_size == 0  # not written to, not taken away
        assert sorted(p.name for p in tmp_path.iterdir()) == ["majlis.db", "majlis.db.lock"]
    finally:
        other.release()
    store = create_store(path, PASSPHRASE, "laptop")  # once the other has let it go
    store.close()


def test_a_database_made_opens_elsewhere_at_once(tmp_path: Path) -> None:
    path = tmp_path / "majlis.db"
    store = create_store(path, PASSPHRASE, "laptop")
    try:
        assert store.lock is not None and not store.lock.is_exclusive
        elsewhere = open_store(path, PASSPHRASE)  # another program (its own lock) while this one works
        elsewhere.close()
        store.set_state("person", "شیلان")
    finally:
        store.close()
