"""A database deep in folders named in Arabic or Kurdish: SQLite on Linux and macOS takes a database's
path of at most 504 bytes (its 512 less the journal's 8), and an Arabic or Kurdish letter takes two, so a
dozen folders of a few words each reach it. Such a database could not be made, and one a little nearer
the top could be made and used but never backed up (its backups' path is longer): both were said as
``the database file cannot be opened here``, as if the disk or the file were at fault. Now said as a
path too long, with what to do; nothing is written. Real stores, the real CLI, real folders."""

from __future__ import annotations

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
