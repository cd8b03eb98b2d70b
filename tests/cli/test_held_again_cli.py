"""majlis-cli bundle import of a bundle already waiting for approval (the same stick imported again,
its laptop still not on the roster): nothing is stored twice, yet the last line counted it as one
more held for approval. It is said as already waiting, in its stderr line and in the counts; the
exit stays 1 (a bundle still waits for a person)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.erasure_helpers import stranger_bundle
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture
def team(tmp_path: Path) -> Team:
    made = make_team(tmp_path, devices=0)
    made.close()
    return made


def test_a_bundle_imported_again_is_counted_as_already_waiting(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre, held = tmp_path / "centre.db", stranger_bundle(tmp_path, team.team_file)
    code, out, err = run(capsys, "bundle", "import", "--db", centre, held)
    assert code == 1 and out.endswith("0 of 1 bundle imported or already present; 1 held for approval; "
                                      "0 refused\n"), out
    assert "already waiting" not in err, err
    code, out, err = run(capsys, "bundle", "import", "--db", centre, held)
    assert code == 1, err
    assert out.endswith("0 of 1 bundle imported or already present; 0 held for approval; 1 already waiting "
                        "for approval; 0 refused\n"), out
    assert err.startswith(f"held {held}: [held] device ") and "already waiting for approval" in err, err
    code, out, err = run(capsys, "device", "pending", "--db", centre)
    assert code == 0 and "\t1 bundle, " in out, out  # kept once
