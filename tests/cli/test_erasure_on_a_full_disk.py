"""majlis-cli consent withdraw --scope all on a laptop whose disk fills during the purge: the erasure's
transaction is made, then the purge that rebuilds the file (so that the erased bytes leave it) finds
no room. The command said only `majlis-cli: the disk is full (database: …)`, exit 4 and nothing on
stdout: read as "nothing was changed", though the participant was erased; run again once there was
room, it was refused as "already erased" and the file was never purged (the erased words' traces in
its free pages and search index). Now it says what was erased and that the file is purged when the
command is run again (exit 4), and run again with room it purges the file (exit 0). retention apply
likewise.

A real disk that fills: a small tmpfs (needs root and the right to mount; skipped otherwise), real
SQLCipher stores, the real command line; the bytes are read back decrypted (erasure_helpers.raw_pages)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import retention
from desktop.core.db import open_store
from desktop.core.erasure_file import purge_pending
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import leaks, make_study, raw_pages
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")

#: Room left on the disk beside the database: enough for the erasure's own writes (its log is under
#: 100 KiB here), not for the purge, which writes the whole file (about 500 KiB) into the log again.
ROOM = 256 * 1024


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small disk of its own (tmpfs) needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("this machine does not let tests mount a tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill_to(folder: Path, room: int) -> None:
    """Shrink the disk of ``folder`` to what it holds plus ``room`` bytes; 0 gives it its 4 MiB again."""
    used = shutil.disk_usage(folder).used
    size = "4m" if room == 0 else f"{(used + room) // 4096 * 4096}"
    subprocess.run(["mount", "-o", f"remount,size={size}", str(folder)], check=True)


def test_a_withdrawal_whose_purge_finds_the_disk_full_says_so_and_purges_when_run_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "laptop") as laptop:
        db = laptop / "field.db"
        store = fresh_store(db, PASSPHRASE, "Basra laptop 2")
        pseudonym = make_study(store).pseudonym
        store.close()
        fill_to(laptop, ROOM)
        argv = ("consent", "withdraw", "--db", db, "--participant", pseudonym, "--scope", "all")
        code, out, err = run(capsys, *argv)
        assert code == 4, (code, out, err)
        assert out.startswith(f"{pseudonym}: erased 2 turns"), out  # what was erased is said
        assert err.count("\n") == 1 and err.startswith(f"majlis-cli: the disk is full (database: {db}): "
                                                       "the erasure was made"), err
        assert "run this command again" in err
        store = open_store(db, PASSPHRASE)
        try:
            assert purge_pending(store)  # what the next run does
        finally:
            store.close()
        code, out, err = run(capsys, *argv)  # still full: said the same way, nothing more done
        assert code == 4 and out == "" and err.count("\n") == 1 and "the erasure was made" in err, (out, err)
        fill_to(laptop, 0)
        code, out, err = run(capsys, *argv)
        assert (code, err) == (0, ""), err
        assert out == (f"{pseudonym}: already erased; the database file is purged now: the bytes of what was "
                       "erased have left it\n")
        assert leaks(raw_pages(db)) == []
        code, out, err = run(capsys, *argv)  # nothing left to purge: refused as before
        assert code == 1 and out == "" and "already withdrawn and erased" in err


def test_a_retention_run_whose_purge_finds_the_disk_full_says_so_and_purges_when_run_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "laptop") as laptop:
        db = laptop / "field.db"
        store = fresh_store(db, PASSPHRASE, "Basra laptop 2")
        make_study(store)
        retention.set_months(store, 1)
        store.close()
        fill_to(laptop, ROOM)
        code, out, err = run(capsys, "retention", "apply", "--db", db)
        assert code == 4, (code, out, err)
        assert out.startswith("erased the names or phones of 2 participants"), out
        assert err.count("\n") == 1 and "the erasure was made" in err and "erased identities" in err, err
        fill_to(laptop, 0)
        code, out, err = run(capsys, "retention", "apply", "--db", db)
        assert (code, err) == (0, ""), err
        assert out == ("due, and nothing is left to erase; the database file is purged now: the bytes of what "
                       "was erased have left it\n")
        store = open_store(db, PASSPHRASE)
        try:
            assert retention.status(store).due
        finally:
            store.close()
