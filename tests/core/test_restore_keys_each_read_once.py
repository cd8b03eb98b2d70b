"""A restore reads the database and the backup to compare them (whose device, which work was never
sent), then gives the backup's copy a new epoch: each after ``verify_key`` has derived the key.
Keyed by the passphrase again, SQLCipher derived the same key a second time in C (~0.2 s of CPU
each, a second or more on a busy laptop): six times in a restore over a database from a backup
kept in another folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core import backups, sqlcipher_file
from desktop.core.db import Store
from desktop.core.models import Session
from tests.conftest import PASSPHRASE


def _add_session(store: Store, title: str) -> None:
    with store.transaction() as s:
        s.add(Session(kind="focus_group", title=title, governorate="erbil", language="ckb"))


def test_the_reads_of_a_restore_use_the_key_verify_key_derived(
        store: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _add_session(store, "before the backup")
    made = backups.backup(store.engine, db_path, PASSPHRASE)
    elsewhere = tmp_path / "stick" / made.name  # not in the database's own backups folder: its device is compared
    elsewhere.parent.mkdir()
    shutil.copyfile(made, elsewhere)
    _add_session(store, "never sent")
    store.close()

    keyed_by_passphrase: list[str] = []  # SQLCipher derives the key itself in each of these connections
    real_pragma = sqlcipher_file._key_pragma

    def counted(passphrase: str, raw_key: bytes | None) -> str:
        if raw_key is None:
            keyed_by_passphrase.append("connection")
        return real_pragma(passphrase, raw_key)

    monkeypatch.setattr(sqlcipher_file, "_key_pragma", counted)
    restored = backups.restore(elsewhere, db_path, PASSPHRASE)

    assert restored.kept is not None and restored.unsent_left is not None and restored.unsent_left >= 1
    # Every read and the new epoch's write use a key verify_key derived: before, six connections
    # (the device and range reads of both files, the unsent changes, the copy's new epoch) derived it again.
    assert keyed_by_passphrase == []
