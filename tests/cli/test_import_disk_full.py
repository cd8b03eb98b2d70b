"""The disk of the centre fills up during ``majlis-cli bundle import`` of a day's bundles: every bundle
is its own transaction, so those imported before stay imported, yet the command printed only
``majlis-cli: the disk is full`` (exit 4): not one line of what had gone in, no last line counting
them. The files imported are now reported and counted as ever, the last line says how many were not
imported, then the error's one line; exit 4.

The disk "fills up" through the process's file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored), as in
test_backup_disk_full: the kernel refuses the write as a full disk would, with no mock anywhere."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team

resource = pytest.importorskip("resource", reason="file-size limits are POSIX only")


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_mid_import_still_says_what_went_in(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=1)
    laptop, bundles = team.devices[0], []
    try:
        for n, count in enumerate((1, 1, 6000)):  # two small bundles, then one too large for the disk
            with laptop.transaction() as s:
                s.add_all(Participant(code=f"BSR-FG{n:02d}-P{k:04d}", occupation="x" * 90) for k in range(count))
            made = export_bundle(laptop, tmp_path / f"bundle-{n}.majlis")
            assert made is not None
            bundles.append(made.path)
    finally:
        team.close()
    centre = tmp_path / "centre.db"
    room = centre.stat().st_size + 1_000_000
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "bundle", "import", "--db", str(centre), *map(str, bundles)],
        capture_output=True, text=True, env={**os.environ, "MAJLIS_PASSPHRASE": PASSPHRASE},
        preexec_fn=lambda: _limit_file_size(room), check=False,
    )
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("majlis-cli: "), result.stderr
    # Which disk: the centre's database may be on another disk than the bundles (a second drive).
    assert result.stderr.rstrip().endswith(f"(database: {centre.resolve()})"), result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == [f"imported {bundles[0]}", f"imported {bundles[1]}"], lines
    assert lines[2:] == ["2 of 3 bundles imported or already present; 0 held for approval; 0 refused; "
                         "1 not read (stopped by the error below: import them again once it is put right)"], lines
    # What the lines say is what the database holds.
    # Read in this process (a second interpreter's start-up told nothing more): the import's process was the one limited.
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "bundle", "status", "--db", centre)
    assert code == 0, err
    assert "field laptop 1 (" in out and ": 1\u20132" in out, out
