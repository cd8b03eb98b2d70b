"""The first-run wizard's "start a team" writes the team file and the team key beside the new
database under fixed names. It used to overwrite a team file already there (another campaign's,
made in the same folder); now both take free names and what was there stays byte for byte."""

from __future__ import annotations

from pathlib import Path

from desktop.sync.team_file import read_team_file
from desktop.ui.first_run_plan import Plan, create_from_plan
from tests.conftest import PASSPHRASE


def test_start_a_team_beside_another_teams_files_keeps_them(tmp_path: Path) -> None:
    earlier_file, earlier_key = tmp_path / "team.majlis-team", tmp_path / "team-identity.key"
    earlier_file.write_bytes(b"the first campaign's team file")
    earlier_key.write_bytes(b"AGE-SECRET-KEY-1 the first campaign's only copy")
    plan = Plan(choice="start", path=tmp_path / "second.db", passphrase=PASSPHRASE, device="centre",
                person="", team_file="", team_name="Second campaign")
    created = create_from_plan(plan)
    try:
        assert created.team_error is None, created.team_error
        assert created.team_file == tmp_path / "team (2).majlis-team"
        assert created.identity == tmp_path / "team-identity (2).key"
        assert read_team_file(created.team_file).team_name == "Second campaign"
        assert "AGE-SECRET-KEY-1" in created.identity.read_text()
    finally:
        created.store.close()
    assert earlier_file.read_bytes() == b"the first campaign's team file"
    assert earlier_key.read_bytes() == b"AGE-SECRET-KEY-1 the first campaign's only copy"
