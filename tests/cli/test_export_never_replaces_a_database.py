"""An export replaces an earlier export at --out, but it replaced any other database as readily: a
coordinator keeping a laptop's database (or a copy of the centre's, made by hand before an upgrade)
in the same folder who typed ``export xlsx --db centre.db --out basra.db`` lost that database, with
``wrote basra.db: 5 sessions, …`` and exit 0. Only the database named by --db, its companions and
its own backups were protected. A database is now known by what it is (an SQLCipher file: whole
pages of random bytes from the first; or a plain SQLite file) and refused like a bundle or a team
key: one line, exit 3, the file byte for byte as it was. Real SQLCipher stores, the real command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.models import Participant
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")

EXPORTS = (("export", "xlsx"), ("export", "qdpx"), ("export", "qdc"), ("export", "brief"))


def test_another_database_or_backup_is_never_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre = tmp_path / "centre.db"
    demo_copy(centre, PASSPHRASE, "centre", sessions=1).close()  # as `majlis-cli demo --sessions 1 --device-name centre`
    laptop = tmp_path / "basra.db"  # a field laptop's database, with its own passphrase
    store = fresh_store(laptop, "another passphrase", "Basra laptop")
    with store.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    store.close()
    kept = tmp_path / "centre before the upgrade.db"  # a copy made by hand
    kept.write_bytes(centre.read_bytes())
    code, _, err = run(capsys, "backup", "--db", laptop, "--passphrase-file", passphrase_file(tmp_path))
    assert code == 0, err
    (backup,) = Path(f"{laptop}.backups").iterdir()
    moved = tmp_path / "basra backup.xlsx"  # a backup copied to the stick under any name
    moved.write_bytes(backup.read_bytes())
    plain = tmp_path / "inspection.db"  # a plaintext copy (PITFALLS: sqlcipher_export for inspection)
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    targets = [laptop, kept, moved, plain]
    before = {path: path.read_bytes() for path in targets}
    for target in targets:
        for argv in EXPORTS:
            code, out, err = run(capsys, *argv, "--db", centre, "--out", target)
            assert code == 3 and out == "", (argv, target, code, out, err)
            assert err.count("\n") == 1 and err.startswith("majlis-cli: ") and "Traceback" not in err, err
            assert str(target) in err and "is a database" in err and "nothing was written" in err, err
    assert {path: path.read_bytes() for path in targets} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")) == []
    # Earlier exports are still replaced, whatever their size (a PDF or workbook of whole pages too).
    for argv, name in zip(EXPORTS, ("a.xlsx", "a.qdpx", "a.qdc", "a.pdf"), strict=True):
        target = tmp_path / name
        for _ in range(2):
            code, _, err = run(capsys, *argv, "--db", centre, "--out", target)
            assert code == 0, (argv, err)
    padded = tmp_path / "padded.pdf"
    # An earlier Majlis PDF (its creator says so: any other file is refused, see
    # test_export_never_replaces_others_work) of whole pages is not taken for a database.
    padded.write_bytes(b"%PDF-1.7\n<< /Creator (Majlis) >>\n" + bytes(range(256)) * 16 * 2)
    padded.write_bytes(padded.read_bytes()[: 8192])
    code, _, err = run(capsys, "export", "brief", "--db", centre, "--out", padded)
    assert code == 0, err


def passphrase_file(folder: Path) -> Path:
    path = folder / "laptop passphrase.txt"
    path.write_text("another passphrase\n", encoding="utf-8")
    return path


def test_another_databases_lock_or_log_is_never_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``export xlsx --db centre.db --out basra.db.lock`` replaced the lock file of the laptop's
    database (a program holding it then no longer keeps a second one out), and ``--out basra.db-wal``
    its log (the commits a crash left there). Only --db's own companions were protected."""
    centre = tmp_path / "centre.db"
    demo_copy(centre, PASSPHRASE, "centre", sessions=1).close()  # as `majlis-cli demo --sessions 1 --device-name centre`
    laptop = tmp_path / "basra.db"
    store = fresh_store(laptop, "another passphrase", "Basra laptop")
    store.close()
    companions = [Path(f"{laptop}{suffix}") for suffix in (".lock", "-wal", "-shm", "-journal")]
    for path in companions:
        path.write_bytes(b"" if path.name.endswith(".lock") else b"log " * 100)
    before = {path: path.read_bytes() for path in [laptop, *companions]}
    for target in companions:
        for argv in EXPORTS:
            code, out, err = run(capsys, *argv, "--db", centre, "--out", target)
            assert code == 3 and out == "", (argv, target, code, out, err)
            assert err.count("\n") == 1 and "Traceback" not in err, err
            assert f"{target} is a companion file of the database {laptop}" in err, err
    assert {path: path.read_bytes() for path in before} == before
    # A name like that with no database beside it is only a name.
    code, _, err = run(capsys, "export", "xlsx", "--db", centre, "--out", tmp_path / "week 3.lock")
    assert code == 0, err
