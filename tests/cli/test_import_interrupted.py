"""Ctrl+C during ``majlis-cli bundle import`` of a day's bundles: every bundle is its own
transaction, so those imported before stayed imported, yet the command printed only
``majlis-cli: interrupted``: not one line of what it had imported or held, no last line to count
them, and the coordinator could not tell how far it got. The first Ctrl+C now stops after the file in
hand: the lines of the files read, then the last line with the files not read counted, exit 130."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.models import ChangeLog, Participant
from desktop.sync import bundle_file, importer
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture
def bundles(tmp_path: Path) -> list[Path]:
    """Four bundles of one laptop on the roster, one participant each."""
    team: Team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    made = []
    try:
        for n in range(1, 5):
            with laptop.transaction() as s:
                s.add(Participant(code=f"BSR-FG01-P{n:02d}"))
            exported = export_bundle(laptop, tmp_path / f"bundle-{n}.majlis")
            assert exported is not None
            made.append(exported.path)
    finally:
        team.close()
    return made


def test_ctrl_c_stops_after_the_file_in_hand_and_says_how_far(
        bundles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[object] = []
    real_read = bundle_file.read_bundle_file

    def read_and_press_ctrl_c_at_the_second(source: object) -> bytes:
        reads.append(source)
        if len(reads) == 2:  # the coordinator presses Ctrl+C while the second file is read
            signal.raise_signal(signal.SIGINT)
        return real_read(source)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "read_bundle_file", read_and_press_ctrl_c_at_the_second)
    centre = tmp_path / "centre.db"
    code, out, err = run(capsys, "bundle", "import", "--db", centre, *bundles)
    assert code == 130, (out, err)
    lines = out.splitlines()
    label = lines[0].split(": device ")[1].split(", ")[0]  # "field laptop 1 (1a2b3c4d)", as device list names it
    assert label.startswith("field laptop 1 (") and len(label) == len("field laptop 1 (1a2b3c4d)"), label
    assert lines[:2] == [f"imported {bundles[0]}: device {label}, changes 1\u20131, 1 new, 0 new conflicts",
                         f"imported {bundles[1]}: device {label}, changes 2\u20132, 1 new, 0 new conflicts"]
    assert lines[2:] == ["2 of 4 bundles imported or already present; 0 held for approval; 0 refused; "
                         "2 not read (interrupted: import them again)"], out
    assert err == "majlis-cli: stopping after the file being imported (Ctrl+C again to stop at once)\n", err
    assert len(reads) == 2  # the files after it were not even opened
    monkeypatch.setattr(importer, "read_bundle_file", real_read)
    # What the lines say is what the database holds, and the rest comes in with the next import.
    code, out, _ = run(capsys, "bundle", "import", "--db", centre, *bundles)
    assert code == 0 and out.endswith("4 of 4 bundles imported or already present; 0 held for approval; "
                                      "0 refused\n"), out
    assert out.count("\nalready present ") + out.startswith("already present ") == 2, out
    from desktop.core.db import open_store
    from tests.conftest import PASSPHRASE

    store = open_store(centre, PASSPHRASE)
    try:
        with store.session() as s:
            assert s.execute(select(func.count()).select_from(ChangeLog)
                             .where(ChangeLog.device_id != store.device_id)).scalar_one() == 4
    finally:
        store.close()


def test_ctrl_c_leaves_the_default_behaviour_after_the_import(
        bundles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The handler is the import's only: after it, Ctrl+C is Python's again."""
    before = signal.getsignal(signal.SIGINT)
    code, _, _ = run(capsys, "bundle", "import", "--db", tmp_path / "centre.db", *bundles)
    assert code == 0
    assert signal.getsignal(signal.SIGINT) is before


def test_a_second_ctrl_c_still_says_what_went_in(
        bundles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The coordinator presses Ctrl+C, then again while the file in hand is still read (a big bundle
    takes seconds): it stops at once, the bundle in hand rolled back, but the bundles imported before
    stay imported. It said only ``majlis-cli: interrupted``: not which went in, not how many were left."""
    reads: list[object] = []
    real_read = bundle_file.read_bundle_file

    def read_and_press_ctrl_c_twice_at_the_third(source: object) -> bytes:
        reads.append(source)
        if len(reads) == 3:
            signal.raise_signal(signal.SIGINT)
            signal.raise_signal(signal.SIGINT)  # raises: the third bundle is never written
        return real_read(source)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "read_bundle_file", read_and_press_ctrl_c_twice_at_the_third)
    centre = tmp_path / "centre.db"
    code, out, err = run(capsys, "bundle", "import", "--db", centre, *bundles)
    assert code == 130, (out, err)
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == [f"imported {bundles[0]}", f"imported {bundles[1]}"], out
    assert lines[2:] == ["2 of 4 bundles imported or already present; 0 held for approval; 0 refused; "
                         "2 not read (interrupted: import them again)"], out
    assert err == "majlis-cli: stopping after the file being imported (Ctrl+C again to stop at once)\n", err
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    monkeypatch.setattr(importer, "read_bundle_file", real_read)
    code, out, _ = run(capsys, "bundle", "import", "--db", centre, *bundles)
    assert code == 0 and out.count("already present ") == 2 and out.count("imported ") == 3, out


def test_ctrl_c_ignored_by_the_caller_stays_ignored(
        bundles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A script's background job (``majlis-cli bundle import … &``) starts with Ctrl+C ignored, so that
    the terminal's Ctrl+C stops the script's foreground alone: the import's own handler took Ctrl+C back,
    and the import the script meant to finish stopped halfway."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        seen: list[object] = []
        real_read = bundle_file.read_bundle_file

        def read_and_press_ctrl_c(source: object) -> bytes:
            seen.append(source)
            if len(seen) == 2:
                signal.raise_signal(signal.SIGINT)  # ignored, as the shell asked
            return real_read(source)  # type: ignore[arg-type]

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(importer, "read_bundle_file", read_and_press_ctrl_c)
            code, out, err = run(capsys, "bundle", "import", "--db", tmp_path / "centre.db", *bundles)
        assert (code, err) == (0, ""), (out, err)
        assert out.endswith("4 of 4 bundles imported or already present; 0 held for approval; 0 refused\n"), out
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
