"""majlis-cli status prints no control character: the team name comes from the team file (a file on a
USB stick, made by whoever made it), the device name from whoever named the laptop, the folders from
the disk and the environment. An escape sequence among them recoloured, cleared or retitled the
terminal of the IT helper who ran `status`, and a bidirectional override reordered the line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.sync.team import create_team, join_team
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")

TEAM = "Basra\x1b]0;owned\x07 cohort\x1b[2J\u202e\x9b31m"
TEAM_AS_JOINED = "Basra ]0;owned  cohort [2J 31m"  # the name a joining laptop keeps (team_file.shown_team_name)
DEVICE = "لابتۆپی سارا\x1b[31m\u2066\x7f"
FOLDER = "stick\x1b[1A\u2028"
# What must never reach a terminal (desktop/core/sanitise.py); the line breaks between lines aside.
STEERING = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


@pytest.fixture(autouse=True)
def no_onedrive(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(name, raising=False)


def test_status_prints_no_control_character_from_the_team_file_or_anywhere(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / FOLDER))  # the data folder the warning names
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    try:
        create_team(centre, name=TEAM, team_file=tmp_path / "team.majlis-team")
    finally:
        centre.close()
    db = tmp_path / "Dropbox" / FOLDER / "field.db"  # a synced folder: the warning line too
    db.parent.mkdir(parents=True)
    laptop = fresh_store(db, PASSPHRASE, DEVICE)
    try:
        join_team(laptop, tmp_path / "team.majlis-team")
    finally:
        laptop.close()

    code, out, err = run(capsys, "status", "--db", str(db))
    assert code == 0 and err.startswith("majlis-cli: warning: ") and err.count("\n") == 1, err
    assert not STEERING.search(out), out
    assert not STEERING.search(err), err
    values = dict(line.split(": ", 1) for line in out.splitlines())
    # Replaced, not removed: a person still sees that something was there. The team's name was made one line
    # when the laptop joined (team_file.shown_team_name: a control character a space, a bidi mark dropped);
    # what the laptop writes itself is replaced as it is printed.
    assert values["team"] == TEAM_AS_JOINED
    assert values["device_name"] == "لابتۆپی سارا\ufffd[31m\ufffd\ufffd"
    for key in ("database", "backups", "data_folder"):
        assert "stick\ufffd[1A\ufffd" in values[key], (key, values[key])
    assert "stick\ufffd[1A\ufffd" in err

    # --json gives every value exactly (a JSON reader decodes the escapes), and the terminal none.
    code, out, err = run(capsys, "status", "--db", str(db), "--json")
    assert code == 0 and not STEERING.search(out), out
    info = json.loads(out)
    assert (info["team"], info["device_name"], info["database"]) == (TEAM_AS_JOINED, DEVICE, str(db))
