"""``majlis-cli device approve`` stopped while it applies what the device sent (the disk full, Ctrl+C).

The approval is committed first (the device on the roster), then each held bundle on its own: those
applied before the stop stay applied, the others wait under a new number (the first of them). The
command said only the error's line (``majlis-cli: the disk is full …``, ``majlis-cli: interrupted``):
not that the device was now on the roster, not which bundles went in, and the number the coordinator
had typed, run again, was "no device waits for approval … as number 1". It now says the device's line,
the lines of the bundles applied, then how many and the number the others wait under; then the error's
own line, exit 4 or 130. The disk "fills up" through the file-size limit (tests/disk_room.py), no mock."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.models import Participant
from desktop.sync import held_archive
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")
resource = pytest.importorskip("resource", reason="file-size limits are POSIX only")


@pytest.fixture(scope="module")
def built_centre(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A centre holding three bundles of a laptop not on its roster (number 1): two small, then a large one.
    Made once per module (6,000 participants exported and imported: seconds of CPU); each test takes a copy."""
    folder = tmp_path_factory.mktemp("approve")
    with pytest.MonkeyPatch.context() as env:  # this module's own state folder and passphrase, as a test's
        env.setenv("MAJLIS_STATE_DIR", str(folder / "state"))
        env.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
        team = make_team(folder, devices=0)
        laptop = fresh_store(folder / "kirkuk.db", PASSPHRASE, "Kirkuk laptop")
        bundles = []
        try:
            join_team(laptop, team.team_file)
            for n, count in enumerate((1, 1, 6000)):
                with laptop.transaction() as s:
                    s.add_all(Participant(code=f"KRK-FG{n:02d}-P{k:04d}", occupation="x" * 90)
                              for k in range(count))
                made = export_bundle(laptop, folder / f"kirkuk-{n}.majlis")
                assert made is not None
                bundles.append(made.path)
        finally:
            laptop.close()
            team.close()
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["bundle", "import", "--db", str(folder / "centre.db"), *map(str, bundles)])
    assert code == 1 and out.getvalue().endswith(
        "0 of 3 bundles imported or already present; 3 held for approval; 0 refused\n"), (out.getvalue(), err.getvalue())
    # Closed: the import's write-ahead log is folded into the file, so the file alone is the centre.
    assert not Path(f"{folder / 'centre.db'}-wal").exists()
    return folder / "centre.db"


@pytest.fixture
def centre(built_centre: Path, tmp_path: Path) -> Path:
    """A copy of the module's centre (a real SQLCipher file, its own in each test)."""
    copy = tmp_path / "centre.db"
    shutil.copyfile(built_centre, copy)
    return copy


def _lines_before_the_stop(out: str, why: str) -> None:
    """``out``: the approval's lines (its first, the device's, checked by the caller) after the first."""
    lines = ["", *out.splitlines()]
    assert [line.split(":")[0] for line in lines[1:3]] == ["imported held bundle 1", "imported held bundle 2"], out
    assert lines[3:] == [f"2 of its bundles applied; the others still wait for approval ({why}): majlis-cli device "
                         "pending shows them as number 3; approve it again"
                         + ("" if why == "interrupted" else " once this is put right")], out


def _on_the_roster(out: str) -> None:
    first = out.split("\n", 1)[0]
    assert first.startswith("device Kirkuk laptop (") and first.endswith(") is on the roster (field)"), out


def _the_rest_goes_in_with_the_number_said(centre: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "device", "pending", "--db", centre)
    assert code == 0 and out.startswith("3\tKirkuk laptop (") and "\t1 bundle, 6000 changes\t" in out, out
    code, out, err = run(capsys, "device", "approve", "--db", centre, "3")
    assert code == 0, (out, err)
    assert out.splitlines()[1].startswith("imported held bundle 3: changes 3\u20136002, 6000 new"), out
    assert run(capsys, "device", "pending", "--db", centre)[1] == "no device waits for approval\n"


def test_ctrl_c_while_approving_says_what_went_in(centre: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []
    real_load = held_archive.load

    def load_and_press_ctrl_c_at_the_third(conn: Any, held_id: int) -> Any:
        loads.append(held_id)
        if len(loads) == 3:
            signal.raise_signal(signal.SIGINT)  # Python's own handler: KeyboardInterrupt, here
        return real_load(conn, held_id)

    monkeypatch.setattr(held_archive, "load", load_and_press_ctrl_c_at_the_third)
    code, out, err = run(capsys, "device", "approve", "--db", centre, "1")
    assert (code, err) == (130, "majlis-cli: interrupted\n"), (out, err)
    _on_the_roster(out)
    _lines_before_the_stop(out.split("\n", 1)[1], "interrupted")
    monkeypatch.setattr(held_archive, "load", real_load)
    _the_rest_goes_in_with_the_number_said(centre, capsys)


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_while_approving_says_what_went_in(centre: Path, capsys: pytest.CaptureFixture[str]) -> None:
    room = centre.stat().st_size + 300_000  # the small bundles, not the large one
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "device", "approve", "--db", str(centre), "1"],
        capture_output=True, text=True, env={**os.environ, "MAJLIS_PASSPHRASE": PASSPHRASE},
        preexec_fn=lambda: _limit_file_size(room), check=False,
    )
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert result.stderr.startswith("majlis-cli: ") and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.rstrip().endswith(f"(database: {centre.resolve()})"), result.stderr
    _on_the_roster(result.stdout)
    _lines_before_the_stop(result.stdout.split("\n", 1)[1], "stopped by the error below")
    _the_rest_goes_in_with_the_number_said(centre, capsys)


def test_ctrl_c_while_registering_says_what_went_in(centre: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """``device register`` of the waiting laptop's key applies what it sent, as an approval: stopped there,
    it said only ``majlis-cli: interrupted`` after the registration's lines."""
    code, out, _ = run(capsys, "device", "pending", "--db", centre, "--json")
    [waiting] = json.loads(out)
    loads: list[int] = []
    real_load = held_archive.load

    def load_and_press_ctrl_c_at_the_third(conn: Any, held_id: int) -> Any:
        loads.append(held_id)
        if len(loads) == 3:
            signal.raise_signal(signal.SIGINT)
        return real_load(conn, held_id)

    monkeypatch.setattr(held_archive, "load", load_and_press_ctrl_c_at_the_third)
    code, out, err = run(capsys, "device", "register", "--db", centre, "--id", waiting["device_id"],
                         "--key", waiting["public_key"], "--name", "Kirkuk laptop")
    assert (code, err) == (130, "majlis-cli: interrupted\n"), (out, err)
    lines = out.splitlines()
    assert lines[:3] == ["device registered", f"key fingerprint: {waiting['fingerprint']} (field)",
                         "2 bundles it sent before, held for approval, applied now:"], out
    _lines_before_the_stop("\n".join(lines[3:]), "interrupted")
    monkeypatch.setattr(held_archive, "load", real_load)
    _the_rest_goes_in_with_the_number_said(centre, capsys)
