"""`bundle import` at the centre of a bundle signed with a revoked laptop's NEW key (its backup restored on
a new laptop, `device new-key`): held, and the line says it is a new key of that device (revoked), to
approve or reject, not that the device "is not on the roster" (it is, under its label, as revoked).
Found in session 41 (hp9). Real stores, real bundles, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.device_label import device_label
from desktop.core.models import Participant
from desktop.sync import revocations
from desktop.sync.export import export_bundle
from desktop.sync.new_key import new_signing_key
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

pytestmark = pytest.mark.usefixtures("cli_env")

team = team_copy_fixture(devices=1)


def new_key_bundle(team: Team, out: Path) -> Path:
    """The laptop revoked at the centre, then signing with a new key: its next bundle."""
    laptop = team.devices[0]
    revocations.revoke(team.centre, laptop.device_id)
    new_signing_key(laptop)
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P02"))
    made = export_bundle(laptop, out)
    assert made is not None
    return made.path


def test_a_revoked_laptops_new_key_is_said_as_such(team: Team, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bundle = new_key_bundle(team, tmp_path / "again.majlis")
    team.centre.close()
    argv = ["bundle", "import", "--db", str(tmp_path / "centre.db"), "--identity-file", str(team.identity_file),
            str(bundle)]
    label = device_label("field laptop 1", team.devices[0].device_id)
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 1, (code, out, err)  # held, as for any device waiting for approval
    assert err == (f"held {bundle}: [held] a new key of device {label}, revoked on the roster; compare its "
                   "fingerprint with the facilitator (majlis-cli device pending), then approve or reject it\n"), err
    assert main(argv) == 1  # again: already waiting, said the same way
    err = capsys.readouterr().err
    assert f"a new key of device {label}, revoked on the roster, already waiting for approval (kept once)" in err, err
    assert "not on the roster" not in err
