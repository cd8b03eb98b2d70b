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
