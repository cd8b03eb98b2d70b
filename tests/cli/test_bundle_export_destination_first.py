"""``bundle export --out nodir/x.majlis`` said the folder is not there only when there were changes to
send; with nothing to send it said ``nothing to export …; nodir/x.majlis was not written``, exit 0, and
the missing folder (a stick not plugged in, a path mistyped) was found on the day there was work.
The folder is now checked first: the same line and exit (3) either way. And an empty ``--out`` (an
unset shell variable) was the current folder: ``bundle export`` wrote the bundle where the command ran
and counted it sent, ``team update export`` used an update number. It is a usage error (exit 64)
before anything is done. Real SQLCipher stores, a real team, the real command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli_run import run, unsent
from tests.sync_helpers import Team

pytestmark = pytest.mark.usefixtures("env_passphrase")

EMPTY = ("majlis-cli: argument --out: an empty path names no file or folder (give . for the current folder); "
         "nothing was done (see majlis-cli --help)\n")


def test_a_missing_folder_is_said_with_or_without_changes(
        laptop_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    field = tmp_path / "field0.db"
    wanted = tmp_path / "nodir" / "x.majlis"
    line = f"majlis-cli: the folder {wanted.parent} does not exist; nothing was written\n"
    assert unsent(capsys, field) > 0
    assert run(capsys, "bundle", "export", "--db", field, "--out", wanted) == (3, "", line)  # changes to send
    sent = tmp_path / "sent"
    sent.mkdir()
    assert run(capsys, "bundle", "export", "--db", field, "--out", sent)[0] == 0
    assert unsent(capsys, field) == 0
    assert run(capsys, "bundle", "export", "--db", field, "--out", wanted) == (3, "", line)  # nothing to send
    assert not wanted.parent.exists()


def test_an_empty_out_is_a_usage_error(laptop_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(tmp_path))
    left = unsent(capsys, "field0.db")
    for argv in (("bundle", "export", "--db", "field0.db"), ("team", "update", "export", "--db", "centre.db"),
                 ("team", "file", "--db", "centre.db"), ("team", "key", "export", "--db", "centre.db"),
                 # every export too: they said ". is a folder" (exit 3), naming a folder nobody gave
                 ("export", "xlsx", "--db", "centre.db"), ("export", "qdpx", "--db", "centre.db"),
                 ("export", "qdc", "--db", "centre.db"), ("export", "brief", "--db", "centre.db", "--recommendation", "1")):
        assert run(capsys, *argv, "--out", "") == (64, "", EMPTY), argv
    assert sorted(os.listdir(tmp_path)) == before  # nothing written here
    assert unsent(capsys, "field0.db") == left  # nothing counted sent
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(capsys, "team", "update", "export", "--db", "centre.db", "--out", stick)
    assert code == 0 and out.startswith("team update 1 written: "), (code, out, err)  # no number used
