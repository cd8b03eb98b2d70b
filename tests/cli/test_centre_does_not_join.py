"""The centre made its team: `team join` on its own database with its own team file is refused in
one line, nothing changed (it said "joined" and applied the team file's older codebook over the
centre's own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.codebook import create_code
from desktop.sync.errors import CentreJoinsNoTeamError
from desktop.sync.team import join_team
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, full_digest, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=0)
    yield made
    made.close()


def _centre_adds_a_code(team: Team) -> None:
    """A code made after the team file was written: the team file is older than the centre."""
    with team.centre.transaction() as s:
        create_code(s, name_ar="ثقة بالمؤسسات", name_en="Trust in institutions")


def test_join_team_refuses_the_centre_and_changes_nothing(team: Team) -> None:
    _centre_adds_a_code(team)
    before = full_digest(team.centre)
    with pytest.raises(CentreJoinsNoTeamError):
        join_team(team.centre, team.team_file)
    assert full_digest(team.centre) == before


def test_the_cli_says_so_in_one_line(team: Team, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    _centre_adds_a_code(team)
    before = full_digest(team.centre)
    db = team.centre.path
    team.centre.close()
    code = main(["team", "join", "--db", str(db), "--team-file", str(team.team_file)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, ""), out
    assert len(err.splitlines()) == 1 and "[centre_joins_no_team]" in err and "Nothing was changed" in err
    from desktop.core.db import open_store

    again = open_store(db, PASSPHRASE)
    try:
        assert full_digest(again) == before
    finally:
        again.close()
