"""`majlis-cli team update import` on a laptop whose codings of team codes the centre deleted, or merged
into another, went with them (deleted, or moved to the code they were merged into): one line says how
many, as the Sync page's line for the file does (tests/ui/test_sync_team_code_codings_said.py); an
update that touched none prints nothing more than before."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import codebook
from desktop.sync.team import write_team_update
from tests.cli_run import run
from tests.sync_helpers import coded_then_retired, make_team

pytestmark = pytest.mark.usefixtures("cli_env")


def test_the_codings_that_went_are_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        _first, second = coded_then_retired(team, tmp_path)
        with team.centre.transaction() as s:
            codebook.create_code(s, name_ar="السكن")
        third = write_team_update(team.centre, tmp_path / "u3.majlis").path
    finally:
        team.close()
    laptop = tmp_path / "field0.db"
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop, second)
    assert code == 0, err
    assert out.splitlines() == [
        "team update 2 applied (2 rows changed)",
        "2 codings of codes deleted at the centre were deleted with them; 1 coding of a code merged into another "
        "there was moved to that code"], out
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop, third)
    assert code == 0, err
    assert out.splitlines() == ["team update 3 applied (1 row changed)"], out
