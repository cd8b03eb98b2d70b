"""An export, a bundle or a key file that fills the USB stick failed with ``majlis-cli: No space left
on device`` and nothing more: which disk, and whether anything was left there half-written, the
coordinator could not tell. The write that fails (the flush to disk here) names no file, so the line
now names the folder the file was going to, as for a read-only folder, and says that nothing was
written (exit 4; the private temporary file is gone, the exported position unchanged). Real SQLCipher
stores, real age bundles, the real command line; only the disk's answer is simulated (fsync)."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from tests.cli_run import run, unsent

pytestmark = pytest.mark.usefixtures("cli_env", "laptop_team")  # tmp_path: field0.db, centre.db


def test_a_full_stick_is_named_and_nothing_is_left(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    stick = tmp_path / "stick"
    stick.mkdir()
    waiting = unsent(capsys, laptop)
    real_fsync = os.fsync

    def full(fd: int) -> None:
        if os.fstat(fd).st_size > 0 and Path(f"/proc/self/fd/{fd}").resolve().parent == stick:
            raise OSError(errno.ENOSPC, "No space left on device")  # as a flush answers: no file named
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    for argv in (("bundle", "export", "--db", laptop, "--out", stick / "x.majlis"),
                 ("team", "key", "export", "--db", centre, "--out", stick / "t.key", "--plaintext"),
                 ("export", "xlsx", "--db", centre, "--out", stick / "a.xlsx"),
                 ("export", "qdpx", "--db", centre, "--out", stick / "a.qdpx")):
        code, out, err = run(capsys, *argv)
        assert code == 4 and out == "", (argv, code, out, err)
        assert err.count("\n") == 1 and ".majlis-" not in err, (argv, err)
        assert f"the disk of the folder {stick} is full (No space left on device); nothing was written" in err, (argv, err)
    assert list(stick.iterdir()) == []
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert json.loads(run(capsys, "status", "--db", laptop, "--json")[1])["unsent_changes"] == waiting
