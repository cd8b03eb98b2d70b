"""majlis-cli with its output redirected to a full disk (`majlis-cli participants list --json >
/media/stick/p.json`, the stick full): the line was `majlis-cli: No space left on device`, naming
nothing, so the coordinator could not tell the output from the database or the export. Now the line
says that it is the command's output that could not be written, and that what the command did stands
(an export is written and recorded); exit 4. The real command line, its standard output on /dev/full
(a device that is always full: the write at the command's end) or a file on a full tmpfs (as it prints)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.cli.test_erasure_on_a_full_disk import fill_to, small_disk
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = [
    pytest.mark.usefixtures("env_passphrase"),
    pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full"),
]

LINE = ("majlis-cli: the command's output could not be written (No space left on device): is it redirected to a "
        "full disk? What the command did before that stands\n")


def test_output_to_a_full_disk_is_said_to_be_the_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    workbook = tmp_path / "analysis.xlsx"
    for argv in (("participants", "list", "--db", db, "--json"), ("export", "xlsx", "--db", db, "--out", workbook)):
        with open("/dev/full", "w", encoding="utf-8") as full, monkeypatch.context() as patch:
            patch.setattr(sys, "stdout", full)
            code, _, err = run(capsys, *argv)
        assert (code, err) == (4, LINE), (argv, code, err)
    assert workbook.read_bytes().startswith(b"PK")  # the export itself was done


def test_a_long_output_to_a_full_disk_is_said_to_be_the_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Longer than the output's buffer (a demo database's participants): the write fails while the
    command prints, not at its end. A real full disk (a small tmpfs: root only, else skipped)."""
    db = tmp_path / "demo.db"
    assert run(capsys, "demo", "--db", db, "--sessions", "8")[0] == 0
    with small_disk(tmp_path / "stick") as stick:
        (stick / "photos").write_bytes(b"\0" * 4096)
        fill_to(stick, 4096)
        with open(stick / "p.json", "w", encoding="utf-8") as out, monkeypatch.context() as patch:
            patch.setattr(sys, "stdout", out)
            code, _, err = run(capsys, "participants", "list", "--db", db, "--json")
        assert (code, err) == (4, LINE), (code, err)
