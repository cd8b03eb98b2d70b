"""majlis-cli restore on a laptop whose disk is full said `majlis-cli: No space left on device:
STICK/backup.db`: the backup's own file, as if the stick it was read from were full. It is the
database's disk that fills, with the private copy restore makes beside the database (the copy of
the system reports the source and the destination; the line named the source). The line now names
the folder the copy was going to, as every other full disk is said; nothing changed (exit 4, the
database as it was, no private copy left). Real SQLCipher stores and the real command line; only
the disk's answer to the copy is simulated."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = [
    pytest.mark.usefixtures("env_passphrase"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="copies go through os.sendfile on Linux"),
]


def test_a_full_disk_during_restore_names_the_database_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    db = laptop / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    code, out, err = run(capsys, "backup", "--db", db)
    assert code == 0, err
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = stick / "field-backup.db"
    shutil.copyfile(out.split(": ", 1)[1].strip(), backup)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in laptop.iterdir() if p.is_file()}
    real_sendfile = os.sendfile

    def full(out_fd: int, in_fd: int, offset: int | None, count: int) -> int:
        if Path(f"/proc/self/fd/{out_fd}").resolve().parent == laptop:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_sendfile(out_fd, in_fd, offset, count)

    monkeypatch.setattr(os, "sendfile", full)
    code, out, err = run(capsys, "restore", "--db", db, "--from", backup)
    assert code == 4 and out == "", (code, out, err)
    assert err == f"majlis-cli: the disk of the folder {laptop} is full (No space left on device); nothing was written\n"
    assert str(backup) not in err and ".majlis-" not in err
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in laptop.iterdir() if p.is_file()}
    assert after == before  # the database as it was, and no private copy left beside it
