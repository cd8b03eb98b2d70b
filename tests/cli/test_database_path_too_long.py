"""A database deep in folders named in Arabic or Kurdish: SQLite on Linux and macOS takes a database's
path of at most 504 bytes (its 512 less the journal's 8), and an Arabic or Kurdish letter takes two, so a
dozen folders of a few words each reach it. Such a database could not be made, and one a little nearer
the top could be made and used but never backed up (its backups' path is longer): both were said as
``the database file cannot be opened here``, as if the disk or the file were at fault. Now said as a
path too long, with what to do; nothing is written. Real stores, the real CLI, real folders."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from desktop.core import backups
from tests.cli_run import run
from tests.deep_paths import deep_path

pytestmark = [pytest.mark.usefixtures("env_passphrase"),
              pytest.mark.skipif(sys.platform == "win32", reason="SQLite's Windows layer takes 1,040 bytes")]

def test_a_database_whose_path_is_too_long_is_said_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = deep_path(tmp_path, "تقرير هەولێر ٢٠٢٦.db", 520)  # past the 504
    code, _, err = run(capsys, "init", "--db", db, "--device-name", "centre")
    assert code == 4, err
    assert "too long" in err and "cannot be opened here" not in err
    assert "shorter path" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list(db.parent.iterdir()) == []  # nothing written there, not even the lock file


def test_a_database_whose_backups_path_is_too_long_is_said_so(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = deep_path(tmp_path, "قاعدة.db", 480)  # fits; its backups folder's files do not
    code, _, err = run(capsys, "init", "--db", db, "--device-name", "centre")
    assert code == 0, err
    code, _, err = run(capsys, "backup", "--db", db)
    assert code == 4, err
    assert "too long" in err and "backups" in err and "cannot be opened here" not in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert backups.list_backups(db) == []
    assert not backups.backup_dir(db).exists()  # nor a hidden partial copy
    code, _, err = run(capsys, "check", "--db", db)
    assert code == 0, err  # the database itself as it was


def test_passwd_on_a_deep_database_does_not_send_to_a_backup_that_refuses(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """passwd changes the passphrase and warns that no backup was written: its 'run majlis-cli backup' sent
    the person to a command that refuses the same database for the same reason."""
    db = deep_path(tmp_path, "قاعدة.db", 480)  # opens; its backups' path is past the 504
    code, _, err = run(capsys, "init", "--db", db, "--device-name", "centre")
    assert code == 0, err
    monkeypatch.setenv("MAJLIS_NEW_PASSPHRASE", "a new passphrase")
    code, out, err = run(capsys, "passwd", "--db", db)
    assert code == 0 and out.startswith("passphrase changed"), err
    assert len(err.strip().splitlines()) == 1 and "too long" in err, err
    assert "shorter path" in err and err.rstrip().endswith("then run majlis-cli backup"), err


def test_restore_on_a_deep_database_says_it_is_the_copy_beside_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """restore reads a private copy beside the database, whose name is longer: it said 'the path of the
    database file is too long' of a database that opens."""
    made = tmp_path / "made" / "قاعدة.db"
    made.parent.mkdir()
    assert run(capsys, "init", "--db", made, "--device-name", "centre")[0] == 0
    assert run(capsys, "backup", "--db", made)[0] == 0
    (backup,) = backups.list_backups(made)
    db = deep_path(tmp_path, "قاعدة.db", 500)  # would open (504); the copy restore makes beside it would not
    code, _, err = run(capsys, "restore", "--db", db, "--from", backup)
    assert code == 4, err
    assert "path of the database file is too long" not in err, err
    assert "too long" in err and "copy" in err and "shorter path" in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list(db.parent.iterdir()) == []  # nothing written


def test_restore_on_a_deep_database_says_its_kept_copy_would_be_too_deep(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """restore keeps the database it replaces in its backups folder (``majlis-<time>-before-restore.db``),
    some 61 bytes further down than the database: on a database that opens, with room for the copy restore
    reads beside it, it was put where SQLite cannot open it. Refused first, before anything is touched."""
    made = tmp_path / "made" / "قاعدة.db"
    made.parent.mkdir()
    assert run(capsys, "init", "--db", made, "--device-name", "centre")[0] == 0
    assert run(capsys, "backup", "--db", made)[0] == 0
    (backup,) = backups.list_backups(made)
    db = deep_path(tmp_path, "قاعدة.db", 460)  # opens; .majlis-XXXXXXXX.restoring beside it fits (473)
    shutil.copyfile(made, db)  # the same device's database, deep in folders
    before = db.read_bytes()
    code, out, err = run(capsys, "restore", "--db", db, "--from", backup)
    assert code == 4, (out, err)
    assert err.startswith(f"majlis-cli: the path of the backups folder {backups.backup_dir(db)} is too long for "
                          "the copy restore keeps there of the database it replaces ("), err
    assert "shorter path" in err and err.rstrip().endswith("nothing was changed"), err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list(db.parent.iterdir()) == [db] and db.read_bytes() == before  # nothing touched
