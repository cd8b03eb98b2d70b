"""A bundle's file name reaches the terminal with its control characters written as escapes.

``bundle export`` printed the file name it wrote raw: a name holding an escape sequence
(``\\x1b[2J`` clears the screen) or a right-to-left override steered the coordinator's terminal,
which no other line lets through. ``bundle import`` made those characters U+FFFD, so two such files
could not be told apart. Every path line of the bundle and device commands now uses ``shown_path``:
``\\u001b[2J``, nothing raw, the file still recognisable.
Real SQLCipher stores, a real bundle, the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync.team import join_team
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("cli_env")

NAME = "mosul\x1b[2J\u202eday.majlis"
SHOWN = "mosul\\u001b[2J\\u202eday.majlis"


def no_control(text: str) -> bool:
    return "\x1b" not in text and "\u202e" not in text


def test_a_bundle_named_with_escapes_is_shown_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=0)
    team.close()
    centre = tmp_path / "centre.db"
    laptop_db = tmp_path / "stranger.db"
    laptop = fresh_store(laptop_db, PASSPHRASE, "Mosul laptop")
    try:
        join_team(laptop, team.team_file)
        with laptop.transaction() as s:
            s.add(Participant(code="NIN-FG01-P01"))
    finally:
        laptop.close()
    bundle = tmp_path / NAME
    code, out, err = run(capsys, "bundle", "export", "--db", laptop_db, "--out", bundle)
    assert code == 0 and bundle.is_file(), err
    assert SHOWN in out and no_control(out), out

    code, out, err = run(capsys, "bundle", "import", "--db", centre, bundle)
    assert code == 1 and "[held]" in err, err
    assert SHOWN in err and no_control(err), err

    (waiting,) = json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1])
    code, out, err = run(capsys, "device", "approve", "--db", centre, str(waiting["id"]))
    assert code == 0, err
    assert "held bundle 1" in out and no_control(out + err), out
