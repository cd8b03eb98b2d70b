"""Ctrl+C as ``majlis-cli bundle export`` ends, just after the database counted the changes as sent
(its transaction committed) and before the command returned: the export took the bundle back from the
stick, as it does when the database cannot count it, although the database had counted it. The changes
were then sent by no file, and no later ``bundle export`` sent them again (`status` said 0 unsent): the
centre would never have them. Found by pressing Ctrl+C at random moments of an export (1 run in 16).
Here the Ctrl+C is the process's own SIGINT, through Python's handler, once the count is committed."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.core import exported_position
from desktop.core.digests import sha256_hex
from tests.cli_run import run, unsent
from tests.sync_helpers import Team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_ctrl_c_once_the_bundle_is_counted_leaves_it_on_the_stick(
        laptop_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "field0.db"
    waiting = unsent(capsys, laptop)
    assert waiting > 0
    stick = tmp_path / "stick"
    stick.mkdir()
    pressed: list[bool] = []

    def press_once_counted(session: Any) -> None:
        if any(stick.iterdir()) and not pressed:  # the bundle is on the stick: this commit counted it
            pressed.append(True)
            signal.raise_signal(signal.SIGINT)

    event.listen(Session, "after_commit", press_once_counted)
    try:
        code, out, err = run(capsys, "bundle", "export", "--db", laptop, "--out", stick)
    finally:
        event.remove(Session, "after_commit", press_once_counted)
    assert pressed
    assert (code, err) == (130, "majlis-cli: interrupted\n"), (out, err)
    left = unsent(capsys, laptop)
    # Counted as sent only with the file there to carry them; else still waiting for the next export.
    assert (left, len(list(stick.iterdir()))) in ((0, 1), (waiting, 0)), (left, list(stick.iterdir()))
    # The next export goes on from there, with no note of an older copy of the database.
    code, out, err = run(capsys, "bundle", "export", "--db", laptop, "--out", stick)
    assert (code, err) == (0, ""), (out, err)
    assert out.startswith("nothing to export: no new changes since the last bundle") == (left == 0), out


def test_ctrl_c_once_the_bundle_is_counted_keeps_its_position_outside_the_database(
        laptop_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The bundle left on the stick has left this laptop: the position kept outside the database (what tells a
    # database copied back from before it) says so, as after an export that was not stopped.
    laptop = tmp_path / "field0.db"
    device = laptop_team.devices[0].device_id
    stick = tmp_path / "stick"
    stick.mkdir()
    pressed: list[bool] = []

    def press_once_counted(session: Any) -> None:
        if any(stick.iterdir()) and not pressed:
            pressed.append(True)
            signal.raise_signal(signal.SIGINT)

    event.listen(Session, "after_commit", press_once_counted)
    try:
        code, out, err = run(capsys, "bundle", "export", "--db", laptop, "--out", stick)
    finally:
        event.remove(Session, "after_commit", press_once_counted)
    assert (code, err) == (130, "majlis-cli: interrupted\n"), (out, err)
    assert unsent(capsys, laptop) == 0
    (bundle,) = stick.iterdir()
    assert sha256_hex(bundle.read_bytes()) in exported_position.sent_bundles(device)
    last = exported_position.last_export(device)
    assert last is not None and last.seq_from == 1
    assert exported_position.read_positions(device)
