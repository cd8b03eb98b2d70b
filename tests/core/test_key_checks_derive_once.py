"""Checking a passphrase against a file derives its key at most once (0.2 s of CPU, seconds on a busy
laptop), and not at all for the key an open store already holds. Counted with the real derivation, in
Python and inside SQLCipher (tests/key_derivations.py), on real SQLCipher files.

Before: a wrong passphrase was derived twice (in Python, then by SQLCipher keyed by the passphrase, for
the same "wrong"); a passphrase change derived the current passphrase the store was open with, re-keyed
by the new passphrase (SQLCipher derived it) and then derived it again to ask the file; Settings → Back
up now derived the key the open store held."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups, sqlcipher_file
from desktop.core.db import Store, create_store, open_store
from desktop.core.db_rekey import check_passphrase
from desktop.core.errors import DatabaseMissing, WrongPassphrase
from desktop.core.models import Session
from desktop.core.passphrase_change import change_passphrase
from tests.conftest import PASSPHRASE
from tests.key_derivations import count_derivations

pytestmark = pytest.mark.usefixtures("real_key_derivation")

NEW = "كلمة مرور جديدة، new passphrase"


def add_session(store: Store, title: str) -> None:
    with store.transaction() as s:
        s.add(Session(kind="roundtable", title=title, governorate="basra", language="ar"))


def test_a_wrong_passphrase_is_derived_once(store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = count_derivations(monkeypatch)
    with pytest.raises(WrongPassphrase):
        sqlcipher_file.verify_key(db_path, "not the passphrase")
    assert seen.of(db_path, "not the passphrase") == 1, seen
    assert seen.in_sqlcipher == []


def test_a_passphrase_written_as_a_raw_key_still_opens_what_sqlcipher_keyed_with_it(tmp_path: Path) -> None:
    """SQLCipher takes a key written x'…' (hexadecimal) as the key itself, not as a passphrase to derive one
    from: a file it keyed so opens with that passphrase only by its own reading, which is still asked."""
    path, passphrase = tmp_path / "hand-made.db", "x'" + "5a" * 32 + "'"
    conn = sqlcipher_file.raw_connect(path, passphrase)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    assert sqlcipher_file.verify_key(path, passphrase) is None  # opened, by SQLCipher's own reading
    with pytest.raises(WrongPassphrase):
        sqlcipher_file.verify_key(path, "x'" + "5b" * 32 + "'")


def test_a_checked_connection_derives_once(store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_session(store, "قراءة")
    seen = count_derivations(monkeypatch)
    conn = sqlcipher_file.connect_checked(db_path, PASSPHRASE)
    try:
        assert conn.execute("SELECT title FROM session").fetchall() == [("قراءة",)]
    finally:
        conn.close()
    assert seen.of(db_path, PASSPHRASE) == 1 and seen.in_sqlcipher == [], seen
    with pytest.raises(WrongPassphrase):
        sqlcipher_file.connect_checked(db_path, "not the passphrase")
    missing = db_path.with_name("not-there.db")
    with pytest.raises(DatabaseMissing):  # said by verify_key, as before
        sqlcipher_file.connect_checked(missing, PASSPHRASE)
    assert not missing.exists()  # never made


def test_the_passphrase_the_store_holds_is_checked_without_deriving(
        store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = count_derivations(monkeypatch)
    check_passphrase(store, PASSPHRASE)
    assert seen.in_python == [] and seen.in_sqlcipher == [], seen
    with pytest.raises(WrongPassphrase):
        check_passphrase(store, PASSPHRASE + " ")
    assert seen.of(db_path, PASSPHRASE + " ") == 1, seen


def test_a_passphrase_change_derives_each_key_once(store: Store, db_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    add_session(store, "before")
    seen = count_derivations(monkeypatch)
    changed = change_passphrase(store, NEW, current=PASSPHRASE)  # as Settings → Change passphrase… asks
    assert seen.of(db_path, PASSPHRASE) == 0, seen  # the store holds its key
    assert seen.of(db_path, NEW) == 1, seen  # the new key, for the database's own salt
    # The backup under the new passphrase: a new file with a salt of its own, whose key is derived once
    # (new_key, as for a new database) while it is written as a hidden partial copy; SQLCipher derives none.
    assert changed.backup is not None and seen.of(changed.backup, NEW) == 1, seen
    assert seen.in_sqlcipher == [] and len(seen.in_python) == 2, seen
    add_session(store, "after")  # the same store goes on with the new key
    store.close()
    # The file opens with the new passphrase by SQLCipher's own derivation (any program), and in Majlis.
    conn = sqlcipher_file.raw_connect(db_path, NEW, read_only=True)
    try:
        assert {row[0] for row in conn.execute("SELECT title FROM session")} == {"before", "after"}
    finally:
        conn.close()
    reopened = open_store(db_path, NEW)
    try:
        with reopened.session() as s:
            assert set(s.scalars(select(Session.title))) == {"before", "after"}
    finally:
        reopened.close()
    with pytest.raises(WrongPassphrase):
        sqlcipher_file.verify_key(db_path, PASSPHRASE)
    assert backups.list_backups(db_path) == [changed.backup]


def test_a_library_with_other_defaults_re_keys_by_the_passphrase(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Should SQLCipher's own derivation differ from ``derive_key``'s (another build of the library), the
    file is re-keyed by the passphrase, so that the passphrase opens it by the library's derivation, and a
    wrong passphrase is still asked of that derivation before it is called wrong."""
    path = tmp_path / "field.db"
    store = create_store(path, PASSPHRASE, "laptop")
    try:
        add_session(store, "kept")
        monkeypatch.setattr(sqlcipher_file, "_KDF_ROUNDS", 64_000)  # no longer what the library does
        assert not sqlcipher_file.derived_alike(NEW)
        seen = count_derivations(monkeypatch)
        with pytest.raises(WrongPassphrase):
            sqlcipher_file.verify_key(path, "not the passphrase")
        assert seen.in_sqlcipher == [(path.name, "key", "not the passphrase")], seen
        change_passphrase(store, NEW, current=PASSPHRASE, backup_required=False)
        add_session(store, "after")
    finally:
        store.close()
    monkeypatch.undo()
    conn = sqlcipher_file.raw_connect(path, NEW, read_only=True)
    try:
        assert {row[0] for row in conn.execute("SELECT title FROM session")} == {"kept", "after"}
    finally:
        conn.close()
