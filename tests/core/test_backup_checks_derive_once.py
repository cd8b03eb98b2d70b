"""The checks a restore makes read each database with one key derivation (0.2 s of CPU, far more on a
busy laptop). ``unsent_only_in`` (the work a restore leaves only in the kept copy) checked the passphrase
with ``verify_key``, which derives the key, then opened a connection keyed by the passphrase, so that
SQLCipher derived it again: five derivations for two files; the restore then opened its copy of the
backup keyed by the passphrase once more. Now every connection is keyed with a key already derived."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.core import backups, sqlcipher_file
from desktop.core.db import Store
from desktop.core.models import Session
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def _record(store: Store, title: str) -> None:
    with store.transaction() as s:
        s.add(Session(kind="focus_group", title=title, governorate="erbil", language="ckb"))


def _laptop_with_a_backup(tmp_path: Path) -> tuple[Store, Path]:
    """A laptop's database with one session only in it and one in its backup too."""
    store = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "Erbil laptop")
    _record(store, "before the backup")
    copy = backups.backup(store.engine, store.path, PASSPHRASE)
    _record(store, "after the backup")  # in the database only, never exported
    store.close()
    return store, copy


def _counted(monkeypatch: pytest.MonkeyPatch) -> tuple[list[Path], list[Path]]:
    """The files whose key is derived (``derive_key``), and those backups connects to keyed by the
    passphrase alone (SQLCipher derives the key itself for these); the real functions do the work."""
    derived: list[Path] = []
    keyed_by_passphrase: list[Path] = []
    real_derive, real_connect = sqlcipher_file.derive_key, sqlcipher_file.raw_connect

    def derive_key(path: Path, passphrase: str) -> bytes | None:
        derived.append(Path(path))
        return real_derive(path, passphrase)

    def raw_connect(path: Path, passphrase: str, **kw: Any) -> Any:
        if kw.get("raw_key") is None:
            keyed_by_passphrase.append(Path(path))
        return real_connect(path, passphrase, **kw)

    monkeypatch.setattr(sqlcipher_file, "derive_key", derive_key)
    monkeypatch.setattr(backups, "raw_connect", raw_connect)
    return derived, keyed_by_passphrase


def test_unsent_only_in_derives_each_files_key_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, copy = _laptop_with_a_backup(tmp_path)
    derived, keyed_by_passphrase = _counted(monkeypatch)
    assert backups.unsent_only_in(store.path, copy, PASSPHRASE) == 1  # the session recorded after it
    assert sorted(derived) == sorted([store.path, copy])
    assert keyed_by_passphrase == []


def test_a_restore_keys_every_connection_with_a_derived_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, copy = _laptop_with_a_backup(tmp_path)
    _derived, keyed_by_passphrase = _counted(monkeypatch)
    restored = backups.restore(copy, store.path, PASSPHRASE)
    assert restored.unsent is not None and len(restored.unsent) == 1
    assert keyed_by_passphrase == []
