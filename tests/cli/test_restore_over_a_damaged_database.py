"""A database cut short (a copy interrupted, a USB stick pulled out) is said to be damaged, "use a
backup", by the unlock window and by ``check``; ``restore`` then refused to put the backup in its
place ("not a Majlis database", exit 3), so the advice led nowhere. It is replaced now, once it is
clear it is the database named (the passphrase opens it, or the backup lies in its own backups
folder), and kept aside as it was, never deleted; a text file named by a slip, a damaged backup and
a database another program holds are still refused, with nothing changed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from desktop.core.backups import KEPT_BY_RESTORE, backup_dir
from desktop.core.models import Participant
from desktop.core.store_lock import StoreLock
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")

CODE = "BSR-FG01-P07"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A laptop's database holding a participant, with one backup made by ``majlis-cli backup``."""
    path = tmp_path / "field.db"
    store = fresh_store(path, PASSPHRASE, "field laptop")
    with store.transaction() as s:
        s.add(Participant(code=CODE))
    store.close()
    code, _out, err = run(capsys, "backup", "--db", path)
    assert code == 0, err
    return path


def own_backup(db: Path) -> Path:
    (backup,) = backup_dir(db).glob("majlis-*-manual.db")
    return backup


def on_the_stick(db: Path, tmp_path: Path) -> Path:
    """The backup copied out of the database's folder (kept on a USB stick)."""
    (tmp_path / "stick").mkdir()
    return Path(shutil.copyfile(own_backup(db), tmp_path / "stick" / "backup.db"))


def cut(path: Path, size: int) -> str:
    """``path`` cut to ``size`` bytes (what an interrupted copy leaves); its digest."""
    with path.open("r+b") as fh:
        fh.truncate(size)
    return digest(path)


def kept_copies(db: Path) -> list[Path]:
    return sorted(backup_dir(db).glob(f"*{KEPT_BY_RESTORE}"))


def restored_and_opens(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "check", "--db", db)
    assert code == 0, err
    code, out, err = run(capsys, "participants", "list", "--db", db)
    assert code == 0 and CODE in out, err


@pytest.mark.parametrize("keep", ["all but the last 1000 bytes", "40000 bytes"])
@pytest.mark.parametrize("source", ["its backups folder", "a stick"])
def test_a_database_cut_short_is_replaced_by_its_backup_and_kept(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], keep: str, source: str) -> None:
    backup = own_backup(db) if source == "its backups folder" else on_the_stick(db, tmp_path)
    size = db.stat().st_size - 1000 if keep.startswith("all") else 40_000
    damaged = cut(db, size)
    code, out, err = run(capsys, "restore", "--db", db, "--from", backup)
    assert code == 0, err
    assert out.startswith(f"restored {db} from {backup}")
    (kept,) = kept_copies(db)
    assert f"the database replaced was damaged; it is kept as it was in {kept}" in out
    assert "restore it the same way" not in out  # a damaged copy is no way back
    assert err.startswith("majlis-cli: warning: the database replaced was damaged") and err.count("\n") == 1, err
    assert "Traceback" not in err and CODE not in err + out and PASSPHRASE not in err + out
    assert digest(kept) == damaged  # never deleted: as it was
    restored_and_opens(db, capsys)


@pytest.mark.parametrize("size", [0, 2000])
def test_an_emptied_database_is_replaced_by_a_backup_from_its_own_folder(
        db: Path, capsys: pytest.CaptureFixture[str], size: int) -> None:
    """Shorter than a page, no passphrase opens it: the backup in its own folder says what it was."""
    damaged = cut(db, size)
    code, out, err = run(capsys, "restore", "--db", db, "--from", own_backup(db))
    assert code == 0, err
    (kept,) = kept_copies(db)
    assert digest(kept) == damaged and kept.stat().st_size == size
    restored_and_opens(db, capsys)


def test_an_emptied_database_and_a_backup_from_elsewhere_are_still_refused(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing says the file of 2000 bytes is the database: a slip is as likely."""
    damaged = cut(db, 2000)
    code, out, err = run(capsys, "restore", "--db", db, "--from", on_the_stick(db, tmp_path))
    assert code == 3 and out == "" and err.count("\n") == 1
    assert "not a Majlis database" in err and "nothing was changed" in err
    assert digest(db) == damaged and kept_copies(db) == []


def test_a_text_file_named_by_a_slip_is_still_refused(db: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    thesis = tmp_path / "thesis.txt"
    thesis.write_text("Chapter 1: my thesis draft, do not lose it. " * 200, encoding="utf-8")
    code, out, err = run(capsys, "restore", "--db", thesis, "--from", own_backup(db))
    assert code == 3 and out == "" and "not a Majlis database" in err
    assert thesis.read_text(encoding="utf-8").startswith("Chapter 1")


def spoilt(path: Path, offset: int) -> None:
    """Four bytes of ``path`` at ``offset`` overwritten (a worn USB stick): the file keeps its size."""
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xff\xff\xff\xff")


@pytest.mark.parametrize("live", ["whole", "damaged"])
@pytest.mark.parametrize("how", ["cut short", "cut after whole pages", "a page spoilt"])
def test_a_damaged_backup_is_still_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           how: str, live: str) -> None:
    """Said of the backup, with what to do: "use a backup" was said of the backup itself; a page
    spoilt inside said "the backup failed its integrity check" (no way on), or named the database
    as the damaged file (SQLite's error on the backup's copy, read as the database's)."""
    before = cut(db, 40_000) if live == "damaged" else digest(db)
    backup = on_the_stick(db, tmp_path)
    size = backup.stat().st_size
    if how == "a page spoilt":
        spoilt(backup, size // 4096 // 2 * 4096 + 100)
    else:
        cut(backup, 40_000 if how == "cut short" else size - 4096)
    code, out, err = run(capsys, "restore", "--db", db, "--from", backup)
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert f"{backup} is damaged" in err and "nothing was changed" in err, err
    assert "use a backup" not in err and "another backup" in err, err
    assert digest(db) == before and kept_copies(db) == []
    if live == "whole":
        restored_and_opens(db, capsys)  # the database as it was, and usable


def test_a_damaged_database_another_program_holds_is_not_replaced(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = cut(db, 40_000)
    held = StoreLock.shared(db)
    try:
        code, out, err = run(capsys, "restore", "--db", db, "--from", own_backup(db))
    finally:
        held.release()
    assert code == 4 and out == "" and "another program" in err and err.count("\n") == 1, err
    assert digest(db) == damaged and kept_copies(db) == []
