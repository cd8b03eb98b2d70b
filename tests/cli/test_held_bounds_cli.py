"""majlis-cli bundle import when the waiting list is full (desktop/sync/held_limits.py): an outsider's
bundle under yet another key made for it is refused in one line of its own code, exit 1 as for any
refused bundle, nothing held; the file after it is still imported, and `device pending` lists what
waited before, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.ids import new_id
from desktop.core.models import Participant
from desktop.sync import held_limits, keys
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.sync_helpers import make_team
from tests.trust_helpers import change, forge, participant_data

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_a_bundle_past_the_waiting_list_is_refused_and_the_next_imported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held_limits, "MAX_WAITING_DEVICES", 1)
    team = make_team(tmp_path, devices=1)
    forged = []
    for n in range(2):  # each under a device id and a key of its own, as the outsider makes them
        device = new_id()
        data = participant_data(code=f"BSR-FG0{n}-P01", real_name=None, phone=None)
        forged.append(forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device,
                            key=keys.generate_signing_key(), name=f"forged {n}", out=tmp_path / f"forged-{n}.majlis"))
    with team.devices[0].transaction() as s:
        s.add(Participant(code="BSR-FG09-P01"))
    laptop = export_bundle(team.devices[0], tmp_path / "laptop.majlis")
    assert laptop is not None
    team.close()
    centre = tmp_path / "centre.db"
    code, out, err = run(capsys, "bundle", "import", "--db", centre, forged[0])
    assert code == 1 and "1 held for approval" in out, out
    code, out, err = run(capsys, "bundle", "import", "--db", centre, forged[1], laptop.path)
    assert code == 1, (out, err)
    assert err == (f"refused {forged[1]}: [waiting_list_full] Not held for approval: too many devices or too much "
                   "data already wait for approval here. Approve or reject the waiting devices, then import this "
                   "bundle again. (majlis-cli device pending lists them; device reject --all-pending rejects them all)\n")
    assert out.startswith(f"imported {laptop.path}: device field laptop 1") and out.endswith(
        "1 of 2 bundles imported or already present; 0 held for approval; 1 refused\n"), out
    code, out, err = run(capsys, "device", "pending", "--db", centre)
    assert code == 0 and "forged 0" in out and "forged 1" not in out, out
