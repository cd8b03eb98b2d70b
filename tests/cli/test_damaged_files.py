"""A database or backup cut short (a copy interrupted, a USB stick pulled out) opens with the right
passphrase as far as its first page, then cannot be read. It was called a wrong passphrase: the
facilitator went hunting for a passphrase they had right, and a restore from such a backup sent
them to try others. It is said to be damaged (exit 1, one line); a wrong passphrase stays exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import backups
from desktop.core.errors import DamagedDatabase, WrongPassphrase
from desktop.core.sqlcipher_file import verify_key
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.trust_helpers import file_digest

pytestmark = pytest.mark.usefixtures("cli_env")


def cut_short(source: Path, target: Path, keep: int = 40_000) -> Path:
    """The first ``keep`` bytes of ``source``: what an interrupted copy leaves."""
    target.write_bytes(source.read_bytes()[:keep])
    return target


def test_a_cut_short_file_is_damaged_not_a_wrong_passphrase(tmp_path: Path) -> None:
    fresh_store(tmp_path / "field.db", PASSPHRASE, "field laptop").close()
    for keep in (4096, 40_000, 200_000):
        short = cut_short(tmp_path / "field.db", tmp_path / f"short-{keep}.db", keep)
        with pytest.raises(DamagedDatabase):
            verify_key(short, PASSPHRASE)
        with pytest.raises(WrongPassphrase):  # another passphrase is still told apart
            verify_key(short, PASSPHRASE + "x")


def test_check_says_damaged_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fresh_store(tmp_path / "field.db", PASSPHRASE, "field laptop").close()
    short = cut_short(tmp_path / "field.db", tmp_path / "copied from the stick.db")
    code, out, err = run(capsys, "check", "--db", short)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "damaged" in err and "wrong passphrase" not in err


def test_restore_from_a_cut_short_backup_changes_nothing(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    backup = backups.backup(store.engine, db, PASSPHRASE)
    store.close()
    short = cut_short(backup, tmp_path / "backup on the stick.db")
    before = file_digest(db)
    code, out, err = run(capsys, "restore", "--db", db, "--from", short)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "damaged" in err and "wrong passphrase" not in err, err
    assert file_digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")) == []
