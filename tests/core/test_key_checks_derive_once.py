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

from desktop.core import sqlcipher_file
from desktop.core.db import Store
from desktop.core.errors import DatabaseMissing, WrongPassphrase
from desktop.core.models import Session
from tests.conftest import PASSPHRASE
from tests.key_derivations import count_derivations

pytestmark = pytest.mark.usefixtures("real_key_derivation")


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
