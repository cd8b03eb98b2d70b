"""``team key export`` is "for a second coordinator", but said only where the file went: nothing said how
the second coordinator's laptop then takes part, and the simple-seeming way, copying the centre's
database to it, makes two databases publish the team's updates (``two_centres`` at the laptops). The
command now says the way in one more line: that laptop joins with the team file (never a copy of this
database), the centre registers it as a coordinator and publishes a team update, and it merges bundles
with this key file. Real SQLCipher store, a real team, the real command line and age encryption."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.mark.parametrize("protection", [(), ("--plaintext",)])
def test_the_way_for_a_second_coordinator_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  protection: tuple[str, ...]) -> None:
    make_team(tmp_path, devices=0).close()
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", "a long passphrase for the key file")
    code, out, err = run(capsys, "team", "key", "export", "--db", tmp_path / "centre.db", "--out",
                         tmp_path / "key.age", *protection)
    assert code == 0, (code, out, err)
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("team key written"), out
    assert lines[1] == (
        "for a second coordinator: their laptop joins the team with the team file (majlis-cli team join; "
        "never a copy of this database: only this one publishes team updates), you register it here as "
        "a coordinator (majlis-cli device register --role coordinator) and publish a team update, and it "
        "merges bundles with this key file")
