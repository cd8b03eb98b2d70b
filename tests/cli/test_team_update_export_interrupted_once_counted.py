"""Ctrl+C as ``majlis-cli team update export`` ends, just after the centre's database took the update's
number (its transaction committed): the export took the file back, as it does when the database cannot
take the number, although it had. The number was then used by no file: the next export wrote the next
number, and the coordinator, told `interrupted`, was left looking for an update that was never
written. As ``bundle export`` (test_bundle_export_interrupted_once_counted): the file stays once its
number is taken."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


def test_ctrl_c_once_the_number_is_taken_leaves_the_update(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    make_team(tmp_path, devices=1).close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    centre = tmp_path / "centre.db"
    stick = tmp_path / "stick"
    stick.mkdir()
    pressed: list[bool] = []

    def press_once_numbered(session: Any) -> None:
        if any(stick.iterdir()) and not pressed:  # the update is on the stick: this commit took its number
            pressed.append(True)
            signal.raise_signal(signal.SIGINT)

    event.listen(Session, "after_commit", press_once_numbered)
    try:
        code, out, err = run(capsys, "team", "update", "export", "--db", centre, "--out", stick)
    finally:
        event.remove(Session, "after_commit", press_once_numbered)
    assert pressed
    assert (code, err) == (130, "majlis-cli: interrupted\n"), (out, err)
    names = [p.name for p in stick.iterdir()]
    assert len(names) == 1 and names[0].startswith("majlis-team-update-") and names[0].endswith("-1.majlis"), names
    code, out, err = run(capsys, "team", "update", "export", "--db", centre, "--out", stick)
    assert code == 0 and out.startswith("team update 2 written: "), (out, err)

