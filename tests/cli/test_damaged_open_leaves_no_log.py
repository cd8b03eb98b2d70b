"""Opening a damaged database (cut short: the passphrase reads its first page, which says the file
keeps a write-ahead log) left an empty ``-wal`` and a ``-shm`` beside it, made by the failed open:
two files more beside a file the person is told to replace, and copied with it to whoever helps.
What the failed open made, empty, goes; a log that was there before stays as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")


def cut_short(tmp_path: Path) -> Path:
    whole = tmp_path / "whole.db"
    fresh_store(whole, PASSPHRASE, "field laptop").close()
    path = tmp_path / "copied from the stick.db"
    path.write_bytes(whole.read_bytes()[:40_000])
    return path


def beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)


@pytest.mark.parametrize("command", ["check", "status"])
def test_a_failed_open_leaves_no_log_beside_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     command: str) -> None:
    path = cut_short(tmp_path)
    for _ in range(2):  # the second open finds nothing the first one left
        code, out, err = run(capsys, command, "--db", path)
        assert code == 1 and out == "" and "damaged" in err, err
        assert [name for name in beside(path) if not name.endswith(".lock")] == []


def test_a_log_that_was_there_stays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = cut_short(tmp_path)
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(range(256)) * 4)  # what a power cut left: not ours to drop
    before = hashlib.sha256(wal.read_bytes()).hexdigest()
    code, _out, err = run(capsys, "check", "--db", path)
    assert code == 1 and "damaged" in err, err
    assert hashlib.sha256(wal.read_bytes()).hexdigest() == before
