"""majlis-cli consent withdraw --scope all at the centre said "the erasure travels with the next bundle",
as on a laptop; the centre sends no bundles: its erasure reaches the laptops only in the team update the
coordinator publishes, and the laptop that recorded the words keeps them until then."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.erasure_helpers import make_study
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_the_centre_is_told_to_publish_a_team_update(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    at_centre, on_laptop = make_study(team.centre), make_study(team.devices[0])
    team.centre.close()
    team.devices[0].close()
    code, out, err = run(capsys, "consent", "withdraw", "--db", team.centre.path, "--participant",
                         at_centre.pseudonym, "--scope", "all")
    assert (code, err) == (0, "")
    assert "publish a team update (majlis-cli team update export)" in out and "next bundle" not in out
    code, out, err = run(capsys, "consent", "withdraw", "--db", team.devices[0].path, "--participant",
                         on_laptop.pseudonym, "--scope", "all")
    assert (code, err) == (0, "")
    assert "the erasure travels with the next bundle" in out


def test_a_withdrawal_of_quotes_at_the_centre_says_to_publish_a_team_update(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    at_centre, on_laptop = make_study(team.centre), make_study(team.devices[0])
    team.centre.close()
    team.devices[0].close()
    code, out, err = run(capsys, "consent", "withdraw", "--db", team.centre.path, "--participant",
                         at_centre.pseudonym, "--scope", "quotes")
    assert (code, err) == (0, "")
    assert "publish a team update (majlis-cli team update export) so that the laptops stop quoting" in out
    code, out, err = run(capsys, "consent", "withdraw", "--db", team.devices[0].path, "--participant",
                         on_laptop.pseudonym, "--scope", "quotes")
    assert (code, err) == (0, "") and "team update" not in out
