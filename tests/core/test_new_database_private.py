"""A new database's file is readable by its owner only, as backups, restored copies and lock files are.

Made by SQLite, the file took the umask's permissions (0644 on Linux and macOS): other accounts on the
laptop could copy it. It is encrypted, but nothing else Majlis writes is left readable to them; SQLite
gives its -wal and -shm files the database's own permissions. Windows keeps a user's files private by
their folder's ACL, which the POSIX bits do not describe, so the test runs where they mean something."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.core.db import create_store, open_store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def _others_bits(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode) & 0o077


def test_a_database_made_by_the_app_is_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask, whatever the test runner's
    try:
        store = create_store(tmp_path / "field.db", PASSPHRASE, "Basra laptop")
        store.close()
        reopened = open_store(tmp_path / "field.db", PASSPHRASE)
        try:
            with reopened.transaction() as s:  # a write: the -wal and -shm are there
                s.execute(text("CREATE TABLE IF NOT EXISTS probe (x)"))
            made = [p for p in tmp_path.iterdir() if p.name.startswith("field.db")]
            assert {p.name for p in made} >= {"field.db", "field.db-wal"}
            assert {p.name: _others_bits(p) for p in made} == {p.name: 0 for p in made}
        finally:
            reopened.close()
    finally:
        os.umask(old)


def test_majlis_cli_init_makes_a_private_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    old = os.umask(0o022)
    try:
        assert main(["init", "--db", str(tmp_path / "centre.db"), "--device-name", "centre"]) == 0
    finally:
        os.umask(old)
    capsys.readouterr()
    assert _others_bits(tmp_path / "centre.db") == 0
