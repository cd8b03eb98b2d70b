"""A coordinator's output on a write-protected USB stick (or a read-only folder): every writer
starts with a private temporary file there, and the folder refusing it was said as the operating
system put it, ``majlis-cli: Operation not permitted: /media/stick/.majlis-x8f2.tmp``: a hidden
file the person never named, and no word of what was (not) written. Now one line names the folder
they gave and says that nothing was written (exit 4, README: read-only folder), for every command
that writes a file; a folder that is not there is said as ``export`` says it. Real SQLCipher
stores, real age bundles, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run, unsent
from tests.readonly_folder import read_only

pytestmark = pytest.mark.usefixtures("cli_env", "laptop_team")  # tmp_path: field0.db, centre.db


def writers(laptop: Path, centre: Path, stick: Path) -> list[tuple[str | Path, ...]]:
    return [
        ("bundle", "export", "--db", laptop, "--out", stick / "x.majlis"),
        ("bundle", "export", "--db", laptop, "--out", f"{stick}/"),
        ("team", "update", "export", "--db", centre, "--out", stick / "u.majlis"),
        ("team", "file", "--db", centre, "--out", stick / "t.majlis-team"),
        ("team", "key", "export", "--db", centre, "--out", stick / "t.key", "--plaintext"),
        ("export", "xlsx", "--db", centre, "--out", stick / "a.xlsx"),
        ("export", "qdpx", "--db", centre, "--out", stick / "a.qdpx"),
        ("export", "brief", "--db", centre, "--out", stick / "b.pdf"),
    ]


def test_a_read_only_folder_is_named_never_the_temporary_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    stick = tmp_path / "stick"
    stick.mkdir()
    waiting = unsent(capsys, laptop)
    assert waiting > 0
    with read_only(stick):
        for argv in writers(laptop, centre, stick):
            code, out, err = run(capsys, *argv)
            assert code == 4 and out == "", (argv, code, out, err)
            assert err.count("\n") == 1 and err.startswith("majlis-cli: ") and "Traceback" not in err, (argv, err)
            assert ".majlis-" not in err and ".tmp" not in err, (argv, err)  # never the private temporary file
            assert f"the folder {stick} cannot be written to" in err and "nothing was written" in err, (argv, err)
    assert list(stick.iterdir()) == []
    assert unsent(capsys, laptop) == waiting  # the bundle not written is not counted as sent
    # The same stick, writable again: the same commands work (no number or position was used up).
    for argv in writers(laptop, centre, stick)[:1] + writers(laptop, centre, stick)[2:]:
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
    assert unsent(capsys, laptop) == 0


def test_a_backups_folder_that_cannot_be_written_is_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre = tmp_path / "centre.db"
    backups = Path(f"{centre}.backups")
    backups.mkdir(exist_ok=True)
    before = sorted(backups.iterdir())
    with read_only(backups):
        code, out, err = run(capsys, "backup", "--db", centre)
    assert code == 4 and out == "", (code, out, err)
    assert err.count("\n") == 1 and ".majlis-" not in err, err
    assert f"the folder {backups} cannot be written to" in err and "nothing was written" in err, err
    assert sorted(backups.iterdir()) == before


def test_a_folder_that_is_not_there_is_said_as_export_says_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    gone = tmp_path / "USB stick not plugged in"
    for argv in writers(laptop, centre, gone):
        if argv[-1] == f"{gone}/":
            continue  # a final slash is read as a folder before the command runs: test_cli_slips
        code, out, err = run(capsys, *argv)
        assert code == 3 and out == "", (argv, code, err)
        assert err == f"majlis-cli: the folder {gone} does not exist; nothing was written\n", (argv, err)
    assert not gone.exists()
