"""`majlis-cli team update import` says, in a line of its own, when the update changed this laptop's
role: the centre's roster it carries made the laptop a coordinator (it then receives and merges bundles),
or no longer names it one. Its first line and exit code are as before; an update that changes no role
adds no line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.sync.devices import preregister
from desktop.sync.keys import public_key_b64
from desktop.sync.team import device_signing_key
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team

NOW_COORDINATOR = ("this laptop is now a coordinator on the centre's roster: it receives and merges bundles "
                   "(`bundle import`, the Sync page's Receive and merge) with the team key file from "
                   "`team key export` at the centre")
NO_LONGER = ("this laptop is no longer a coordinator on the centre's roster: its Sync page no longer receives "
             "and merges bundles (they are merged at the centre, or on a coordinator's laptop)")


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Team]:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    t = make_team(tmp_path, devices=2, roles=("coordinator", "field"))
    yield t
    t.close()


def _publish_and_apply(team: Team, capsys: pytest.CaptureFixture[str], name: str) -> dict[str, list[str]]:
    update = team.folder / name
    code, _, err = run(capsys, "team", "update", "export", "--db", team.centre.path, "--out", update)
    assert code == 0, err
    said = {}
    for laptop in team.devices:
        code, out, err = run(capsys, "team", "update", "import", "--db", laptop.path, update)
        assert code == 0 and err == "", err
        said[laptop.device_id] = out.splitlines()
    return said


def test_the_role_a_team_update_changes_is_said(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    second, field = team.devices
    said = _publish_and_apply(team, capsys, "u1.majlis")
    first = said[second.device_id]
    assert first[0].startswith("team update 1 applied (") and first[1:] == [NOW_COORDINATOR]
    assert len(said[field.device_id]) == 1 and said[field.device_id][0].startswith("team update 1 applied (")

    said = _publish_and_apply(team, capsys, "u2.majlis")  # nothing changed: no role line
    assert all(len(lines) == 1 for lines in said.values()), said

    preregister(team.centre, second.device_id, public_key_b64(device_signing_key(second)[0]), "", role="field")
    said = _publish_and_apply(team, capsys, "u3.majlis")
    assert said[second.device_id][1:] == [NO_LONGER]
    assert len(said[field.device_id]) == 1
