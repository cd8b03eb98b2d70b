"""Opening a database by its passphrase derives the key once (~0.2 s of CPU, a second or more on a
busy laptop): ``verify_key`` derives it, and the store's connections are keyed with it. Counted here
with the real derivation (not the test process's memo, tests/conftest.py), in the process itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import digests, sqlcipher_file
from desktop.core.db import Store, open_store
from tests.conftest import PASSPHRASE


def test_an_open_derives_the_key_once_and_no_connection_derives_it_again(
        store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch, real_key_derivation: None) -> None:
    store.close()
    derived: list[str] = []
    keyed_by_passphrase: list[str] = []
    real_pbkdf2, real_pragma = digests.pbkdf2_hmac, sqlcipher_file._key_pragma

    def counted_derivation(*args: object) -> bytes:
        derived.append("derived")
        return real_pbkdf2(*args)  # type: ignore[arg-type]

    def counted_pragma(passphrase: str, raw_key: bytes | None) -> str:
        if raw_key is None:  # SQLCipher derives the key itself in such a connection
            keyed_by_passphrase.append("connection")
        return real_pragma(passphrase, raw_key)

    monkeypatch.setattr(digests, "pbkdf2_hmac", counted_derivation)
    monkeypatch.setattr(sqlcipher_file, "_key_pragma", counted_pragma)
    opened = open_store(db_path, PASSPHRASE)
    try:
        with opened.engine.connect() as a, opened.engine.connect() as b:  # two pooled connections at once
            assert a.exec_driver_sql("SELECT count(*) FROM session").scalar() == 0
            assert b.exec_driver_sql("SELECT count(*) FROM device").scalar() == 1
    finally:
        opened.close()
    assert derived == ["derived"]
    assert keyed_by_passphrase == []
