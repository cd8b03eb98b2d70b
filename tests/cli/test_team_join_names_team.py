"""majlis-cli team join said `joined team 01a23b7a-a87b-7a4b-a331-1da214219d03 (…)`: the team's id,
which the facilitator has never seen (the coordinator told them the team's name, and `status` shows
the name). It now names the team as `status` does, its id kept in brackets for scripts, as `team
create` printed it; a name from the team file steers no terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.sync.team import create_team
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.mark.parametrize(("name", "shown"), [
    ("شبكة البصرة", "شبكة البصرة"),
    # The escape is a space from the team file on (team_file.shown_team_name: one line, as shown at Join).
    ("Basra\x1b[2J cohort", "Basra [2J cohort"),
])
def test_team_join_names_the_team_with_its_id_in_brackets(
        name: str, shown: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    try:
        team_id = create_team(centre, name=name, team_file=tmp_path / "team.majlis-team").team_id
    finally:
        centre.close()
    fresh_store(tmp_path / "field.db", PASSPHRASE, "Basra laptop 2").close()

    code, out, err = run(capsys, "team", "join", "--db", tmp_path / "field.db", "--team-file",
                         tmp_path / "team.majlis-team")
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith(f"joined team {shown} ({team_id}): "), first
    assert first.endswith(" applied") and "\x1b" not in out

    code, out, err = run(capsys, "status", "--db", tmp_path / "field.db")
    assert code == 0 and f"team: {shown}\n" in out
