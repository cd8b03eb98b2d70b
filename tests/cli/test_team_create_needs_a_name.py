"""``team create --name ""`` (or only spaces) made a team with no name: ``status`` then printed
``team: `` with nothing after it, there and on every laptop that joined. A blank name is now a usage
error (one line, exit 64, no team file, the database unchanged); outer spaces are dropped, as the
app's first-run wizard drops them. Real SQLCipher stores, the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.mark.parametrize("name", ["", "   ", "\t \u3000"])
def test_a_blank_team_name_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre desk").close()
    before = db.read_bytes()
    code, out, err = run(capsys, "team", "create", "--db", db, "--name", name, "--team-file", tmp_path / "t.team")
    assert (code, out) == (64, ""), (code, out, err)
    assert err == ("majlis-cli: argument --name: a team needs a name (e.g. --name 'Elections law cohort'); "
                   "nothing was changed (see majlis-cli --help)\n")
    assert not (tmp_path / "t.team").exists()
    assert db.read_bytes() == before
    code, out, _ = run(capsys, "status", "--db", db, "--json")
    assert code == 0 and json.loads(out)["team"] is None


def test_outer_spaces_are_dropped_as_in_the_app(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre desk").close()
    code, _, err = run(capsys, "team", "create", "--db", db, "--name", "  Basra cohort ", "--team-file", tmp_path / "t.team")
    assert code == 0, err
    code, out, _ = run(capsys, "status", "--db", db)
    assert "\nteam: Basra cohort" in out, out
