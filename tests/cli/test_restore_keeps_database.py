"""A restore replaced the database for good: a facilitator who chose the wrong backup (the
oldest of the list, one from the other laptop) lost every session recorded since, and a backup
written by a newer Majlis was put in place, leaving a database that this Majlis refuses to open
and the one that opened gone. Now the database replaced is kept in the backups folder
(``…-before-restore.db``, with the log of commits a power cut left unfolded), named on the
command's output and restored like any backup; a backup this Majlis cannot open is refused first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import backups, file_lock
from desktop.core.db import Store
from desktop.core.models import Session
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import titles as titles_with
from tests.stores import fresh_store
from tests.trust_helpers import file_digest

pytestmark = pytest.mark.usefixtures("cli_env")


def add_session(store: Store, title: str) -> None:
    with store.transaction() as s:
        s.add(Session(kind="focus_group", title=title, governorate="erbil", language="ckb"))


def titles(path: Path) -> set[str]:
    return titles_with(path, PASSPHRASE)


def test_the_database_replaced_is_kept_and_restored_back(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    add_session(store, "کۆبوونەوەی یەکەم")
    old = backups.backup(store.engine, db, PASSPHRASE)
    add_session(store, "کۆبوونەوەی دووەم, after the backup")
    store.close()

    code, out, err = run(capsys, "restore", "--db", db, "--from", old)
    # the second session only: the first, never exported either, is in the backup and goes from there
    assert code == 0 and "warning: the database replaced held 1 change never exported" in err, err
    (kept,) = [p for p in backups.list_backups(db) if p.name.endswith("-before-restore.db")]
    assert str(kept) in out.splitlines()[-1]
    assert titles(db) == {"کۆبوونەوەی یەکەم"}

    code, out, err = run(capsys, "restore", "--db", db, "--from", kept)  # the wrong backup: go back
    assert code == 0, err
    assert titles(db) == {"کۆبوونەوەی یەکەم", "کۆبوونەوەی دووەم, after the backup"}


WRITE_AND_DIE = """
import os, sys
from desktop.core.db import open_store
from desktop.core.models import Session
store = open_store(sys.argv[1], sys.argv[2])
with store.transaction() as s:
    s.add(Session(kind="roundtable", title="saved just before the power cut"))
os._exit(0)  # the power goes: no checkpoint, the commit stays in the -wal file
"""


def test_a_commit_left_in_the_log_by_a_power_cut_is_kept_too(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    old = backups.backup(store.engine, db, PASSPHRASE)
    store.close()
    subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(db), PASSPHRASE], check=True,
                   env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    assert Path(f"{db}-wal").stat().st_size > 0

    code, _out, err = run(capsys, "restore", "--db", db, "--from", old)
    assert code == 0, err
    (kept,) = [p for p in backups.list_backups(db) if p.name.endswith("-before-restore.db")]
    code, _out, err = run(capsys, "restore", "--db", db, "--from", kept)
    assert code == 0, err
    assert "saved just before the power cut" in titles(db)


def test_a_backup_of_a_newer_majlis_is_refused_before_anything_changes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newer = fresh_store(tmp_path / "from a newer laptop.db", PASSPHRASE, "other laptop")
    with newer.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    newer.close()
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    add_session(store, "work of the week")
    store.close()
    before = file_digest(db)

    code, out, err = run(capsys, "restore", "--db", db, "--from", tmp_path / "from a newer laptop.db")
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "newer version of Majlis" in err
    assert file_digest(db) == before and backups.list_backups(db) == []
    assert titles(db) == {"work of the week"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")] == []


def test_passwd_leaves_a_backup_that_the_new_passphrase_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every backup made before a passphrase change keeps the old passphrase: a facilitator who then
    forgot the old one had no backup to go back to. passwd now writes one with the new passphrase,
    says how many keep the old one, and a restore with the wrong one says why it may be so."""
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    add_session(store, "before the change")
    old = backups.backup(store.engine, db, PASSPHRASE)
    store.close()
    monkeypatch.setenv("MAJLIS_NEW_PASSPHRASE", "a new passphrase")
    code, out, err = run(capsys, "passwd", "--db", db)
    assert code == 0 and err == "", err
    (made,) = [p for p in backups.list_backups(db) if p != old]
    assert out.splitlines() == ["passphrase changed", f"backup with the new passphrase written: {made}",
                                "1 older backup keeps the old passphrase"]

    monkeypatch.setenv("MAJLIS_PASSPHRASE", "a new passphrase")
    code, out, err = run(capsys, "restore", "--db", db, "--from", old)  # the old backup, the new passphrase
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "before a passphrase change" in err and "nothing was changed" in err
    code, out, err = run(capsys, "restore", "--db", db, "--from", made)
    assert code == 0, err
    assert titles_with(db, "a new passphrase") == {"before the change"}


def test_copies_left_by_a_killed_backup_or_restore_are_cleared(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A backup or a restore cut by a power cut left its hidden whole copy of the database
    (``.majlis-*.partial``, ``.majlis-*.restoring``): listed nowhere, reached by no erasure, and one
    more on the disk at every cut. The next backup or restore clears those nobody holds; one being
    written by another program (locked) stays."""
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    first = backups.backup(store.engine, db, PASSPHRASE)
    store.close()
    folder = backups.backup_dir(db)
    orphans = [folder / ".majlis-cut1.partial", folder / ".majlis-cut1.partial-journal",
               tmp_path / ".majlis-cut2.restoring", tmp_path / ".majlis-cut2.restoring-wal"]
    for orphan in orphans:
        orphan.write_bytes(first.read_bytes()[:8192])
    live = folder / ".majlis-live.partial"  # another program's backup, still being written
    live.write_bytes(b"")
    fd = os.open(live, os.O_RDWR)
    try:
        assert file_lock.try_lock(fd, exclusive=True)
        assert run(capsys, "backup", "--db", db)[0] == 0
        assert run(capsys, "restore", "--db", db, "--from", first)[0] == 0
        assert live.exists()
    finally:
        os.close(fd)
    assert [p.name for p in orphans if p.exists()] == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")) == []


def test_a_restore_says_what_never_left_the_database_it_replaced(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Work recorded after the backup and never exported is in the kept copy only: a restore said
    nothing of it, and the facilitator found out at the centre, weeks later. It says how much."""
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    add_session(store, "recorded before the backup, never sent: in the backup too")
    old = backups.backup(store.engine, db, PASSPHRASE)
    add_session(store, "recorded after the backup, never sent")
    store.close()
    code, out, err = run(capsys, "restore", "--db", db, "--from", old)
    assert code == 0
    (kept,) = [p for p in backups.list_backups(db) if p.name.endswith("-before-restore.db")]
    assert err.count("\n") == 1 and err.startswith("majlis-cli: warning: the database replaced held 1 change never")
    assert str(kept) in err

    code, out, err = run(capsys, "restore", "--db", db, "--from", old)  # nothing unsent in it now
    assert code == 0 and err == "", err
