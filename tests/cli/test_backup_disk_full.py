"""A backup onto a disk that runs out of room (or reports an error) mid-copy: one line, exit 4, no
partial file and the database untouched; not a Python traceback (SQLite's backup step raises an
OperationalError without a result code, which the usual classification cannot place).

The disk "fills up" through the process's file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored): the
kernel then refuses the write as a full disk would, with no mock anywhere."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.models import Participant
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.trust_helpers import file_digest

resource = pytest.importorskip("resource", reason="file-size limits are POSIX only")


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_backup_that_cannot_be_written_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    with store.transaction() as s:
        s.add_all(Participant(code=f"BSR-FG01-P{n:03d}", occupation="x" * 100) for n in range(4000))
    store.close()
    size = db.stat().st_size
    before = file_digest(db)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "backup", "--db", str(db)],
        capture_output=True, text=True, env={**os.environ, "MAJLIS_PASSPHRASE": PASSPHRASE},
        preexec_fn=lambda: _limit_file_size(size // 2), check=False,
    )
    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "backup" in result.stderr
    assert list((tmp_path / "field.db.backups").iterdir()) == []
    assert file_digest(db) == before
