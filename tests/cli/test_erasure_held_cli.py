"""majlis-cli erasure report at a centre with a bundle on hold, as a coordinator runs it.

Real centre, a real bundle from a laptop not on the roster held by `bundle import`, a real
withdrawal by `consent withdraw`: the report names the held bundle by the number `device reject`
takes and the device's name as `device pending` shows it, says how to finish the erasure, never
shows a participant's data, and forgets the bundle once it is rejected.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.erasure_helpers import (
    NAME,
    PHONE,
    SPEECH,
    STRANGER_DEVICE,
    STRANGER_NAME,
    STRANGER_PHONE,
    make_study,
    stranger_bundle,
)
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_erasure_report_names_the_held_bundle_until_it_is_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(tmp_path, devices=0)
    study = make_study(team.centre)
    team.close()
    db = str(team.centre.path)
    held = stranger_bundle(tmp_path, team.team_file)
    code, _, err = run(capsys, "bundle", "import", "--db", db, str(held))
    assert code == 1 and "held" in err
    code, out, _ = run(capsys, "erasure", "report", "--db", db)
    assert (code, out) == (0, "no erasure has been made in this database (no withdrawal of everything, "
                          "no retention run): there is nothing to report\n")  # no erasure yet: no held bundle named

    code, out, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym,
                         "--scope", "all", "--date", "2026-11-30")
    assert code == 0, err
    code, out, _ = run(capsys, "device", "pending", "--db", db, "--json")
    (waiting,) = json.loads(out)
    assert waiting["name"] == STRANGER_DEVICE

    code, text, err = run(capsys, "erasure", "report", "--db", db)
    assert (code, err) == (0, "")
    lines = text.splitlines()
    assert "1 bundle on hold may hold erased words (unapplied, inside this database):" in lines
    (line,) = [x for x in lines if x.startswith("  held\t")]
    # As `device pending` and `device list` name it: its name and the end of its id (a name alone
    # may be any laptop's, or none at all).
    assert line.endswith(f"\tdevice {STRANGER_DEVICE} ({waiting['device_id'][-8:]})\tnumber {waiting['id']}")
    assert lines[-1].startswith("approve or reject each to finish the erasure") and "rejecting discards it" in lines[-1]
    code, out, _ = run(capsys, "erasure", "report", "--db", db, "--json")
    (item,) = [i for i in json.loads(out) if i["kind"] == "held"]
    assert (item["device"], item["held"], item["where"], item["device_id"]) == (
        STRANGER_DEVICE, waiting["id"], "", waiting["device_id"])
    for secret in (NAME, PHONE, SPEECH, STRANGER_NAME, STRANGER_PHONE):
        assert secret not in text + out

    code, _, err = run(capsys, "device", "reject", "--db", db, str(waiting["id"]))
    assert code == 0, err
    code, text, _ = run(capsys, "erasure", "report", "--db", db)
    code, out, _ = run(capsys, "erasure", "report", "--db", db, "--json")
    assert "held" not in text and all(i["kind"] != "held" for i in json.loads(out))
