"""`bundle import` at the centre says a withdrawal arrived even where no copy was made before it, and
what is left to do: the laptops erase the words only once a team update is published. It said nothing
unless there were copies to list (as the Sync page did); a laptop applying the update is not told to
publish anything."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import withdrawal
from desktop.sync.team import write_team_update
from tests.cli_run import run
from tests.erasure_helpers import known_at_the_centre, withdrawn_on_the_laptop
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")
ARRIVED = "a withdrawal that arrived erased a participant's words here"
PUBLISH = "publish a team update (majlis-cli team update export) so that the laptops erase them too"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_bundle_import_at_the_centre_says_a_withdrawal_arrived(team: Team, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    centre = team.centre
    study = known_at_the_centre(team, tmp_path)
    erasure = withdrawn_on_the_laptop(team, tmp_path, study)
    centre.close()

    code, out, err = run(capsys, "bundle", "import", "--db", centre.path, erasure.path)
    assert (code, err) == (0, "")
    assert ARRIVED in out and PUBLISH in out
    assert study.pseudonym not in out

    code, out, _ = run(capsys, "bundle", "import", "--db", centre.path, erasure.path)  # nothing erased anew
    assert code == 0 and ARRIVED not in out and PUBLISH not in out


def test_a_laptop_is_not_told_to_publish(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = team.devices[0], team.centre
    study = known_at_the_centre(team, tmp_path)
    withdrawal.withdraw_participant(centre, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    update = write_team_update(centre, tmp_path / "update.majlis-update").path
    laptop.close()

    code, out, _ = run(capsys, "team", "update", "import", "--db", laptop.path, update)
    assert code == 0 and "a withdrawal that arrived erased" in out and PUBLISH not in out


def test_bundle_import_at_the_centre_says_a_withdrawal_of_quotes_arrived(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre = team.centre
    study = known_at_the_centre(team, tmp_path)
    marks = withdrawn_on_the_laptop(team, tmp_path, study, "quotes")
    centre.close()

    code, out, err = run(capsys, "bundle", "import", "--db", centre.path, marks.path)
    assert (code, err) == (0, "")
    assert "a withdrawal of consent to be quoted arrived: a participant is no longer quoted here" in out
    assert "publish a team update (majlis-cli team update export) so that the laptops stop quoting them too" in out
    assert ARRIVED not in out and study.pseudonym not in out


def test_an_arrived_withdrawal_of_quotes_names_the_codes_to_read(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As ``consent withdraw --scope quotes`` does here: the codes used on their words whose memo, examples
    or criteria may quote them (exports carry those texts), by name, never their text."""
    from tests.ui.test_sync_arrived_quotes_codes_to_read import codes_around

    centre = team.centre
    study = known_at_the_centre(team, tmp_path)
    codes_around(centre, study)
    marks = withdrawn_on_the_laptop(team, tmp_path, study, "quotes")
    centre.close()

    code, out, err = run(capsys, "bundle", "import", "--db", centre.path, marks.path)
    assert (code, err) == (0, "")
    assert "3 codes used on their words may quote them" in out, out
    listed = [line.split("\t") for line in out.splitlines() if line.startswith("  code\t")]
    assert listed == [["  code", "water", "memo"], ["  code", "fear", "examples"], ["  code", "plain", "definition"]]
    assert "trust" not in out and "صوّتوا" not in out and study.pseudonym not in out
