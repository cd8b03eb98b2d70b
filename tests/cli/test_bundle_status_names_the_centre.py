"""`majlis-cli bundle status` on a laptop that has applied a team update (which carries the centre's
roster, the centre's entry marked) printed the centre as a device with no name that had sent nothing,
`1a2b3c4d (no name yet): nothing received`, while the Sync page names it the centre, which sends team
updates, never bundles. The CLI now says the same; at the centre its own row is unchanged. Real stores,
a real team update."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.device_label import short_id
from desktop.sync.team import import_team_update, write_team_update
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


def test_the_centre_is_named_as_the_centre_on_a_laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=2, roles=("coordinator", "field"))
    update = write_team_update(team.centre, tmp_path / "u1.majlis").path
    for laptop in team.devices:
        import_team_update(laptop, update)
    centre_id = short_id(team.centre.device_id)
    paths = [team.centre.path, *(laptop.path for laptop in team.devices)]
    team.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    for laptop_path in paths[1:]:
        code, out, err = run(capsys, "bundle", "status", "--db", laptop_path)
        assert code == 0, err
        centre_lines = [line for line in out.splitlines() if centre_id in line]
        assert len(centre_lines) == 1, out
        assert centre_lines[0].endswith("[the centre]: sends team updates, not bundles"), out
    code, out, err = run(capsys, "bundle", "status", "--db", paths[0])
    assert code == 0, err
    own = [line for line in out.splitlines() if "[this device]" in line]
    assert len(own) == 1 and "[the centre]" not in out, out


def test_the_json_says_which_device_is_the_centre(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`bundle status --json` gave the centre's entry on a laptop as any device that sent nothing (`streams`
    empty, `first_seen` null), with no key saying it is the centre: a coordinator's script listing the
    devices that never sent a bundle listed the centre, which the text and the Sync page name apart.
    `is_centre`, as `device list --json` gives it."""
    import json

    team = make_team(tmp_path, devices=1, roles=("coordinator",))
    import_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    centre_id, laptop_id = team.centre.device_id, team.devices[0].device_id
    paths = (team.centre.path, team.devices[0].path)
    team.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    for path in paths:
        code, out, err = run(capsys, "bundle", "status", "--db", path, "--json")
        assert code == 0, err
        marked = {entry["device_id"]: entry["is_centre"] for entry in json.loads(out)["devices"]}
        assert marked == {centre_id: True, laptop_id: False}, (path, out)
