"""A coordinator who has not run ``team create`` yet (or names the wrong --db) and asks for what
only the centre writes, ``team update export`` or ``team file``, was told ``[not_enrolled] This
database has not joined a team yet: join a team first.``: the laptops' step, which the centre's
database is refused at (``[centre_joins_no_team]``) and needs a team file it does not have. The line
now says what the centre does: ``team create`` starts the team (a laptop joins with the team file).
Still one line, the same code, exit 1, nothing written. Real SQLCipher stores, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")


def test_centre_outputs_from_a_database_in_no_team_say_team_create(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre desk").close()
    stick = tmp_path / "stick"
    stick.mkdir()
    for argv in (("team", "update", "export", "--db", db, "--out", stick),
                 ("team", "update", "export", "--db", db, "--out", stick / "u.majlis"),
                 ("team", "file", "--db", db, "--out", stick / "t.majlis-team")):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, ""), (argv, code, out, err)
        assert err.count("\n") == 1 and err.startswith("majlis-cli: [not_enrolled] "), (argv, err)
        assert "majlis-cli team create" in err and "join a team first" not in err, (argv, err)
    assert list(stick.iterdir()) == []
    # Once the team exists, the same commands write.
    code, _, err = run(capsys, "team", "create", "--db", db, "--name", "Cohort", "--team-file", tmp_path / "t.majlis-team")
    assert code == 0, err
    assert run(capsys, "team", "update", "export", "--db", db, "--out", stick)[0] == 0
    assert run(capsys, "team", "file", "--db", db, "--out", stick / "t.majlis-team")[0] == 0
