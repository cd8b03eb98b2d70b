"""README (`device revoke`) said: "Bundles signed with its key are refused from then on, whatever device
they name, and never held (`refused FILE: [revoked_key] …`, exit 1 at `bundle import`)". Found in session
41 (hp9): a coordinator imports the morning's stick again after revoking a laptop stolen at noon; the
laptop's bundle imported that morning was said `already present`, exit 0, as if the lost laptop's file
were fine. Decided (session 41, hp11): still exit 0 (the bundle is applied already and nothing changes; a
script re-running a stick must not fail), but the line says it was signed by a key revoked since, and
README says exactly that. Real stores, real bundles, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.device_label import device_label
from desktop.core.models import Participant
from desktop.sync import revocations
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

pytestmark = pytest.mark.usefixtures("cli_env")

team = team_copy_fixture(devices=1)


def test_the_revoked_laptops_bundle_imported_again_says_its_key_was_revoked_since(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    made = export_bundle(laptop, tmp_path / "morning.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    revocations.revoke(team.centre, laptop.device_id)
    team.centre.close()

    code = main(["bundle", "import", "--db", str(tmp_path / "centre.db"), "--identity-file",
                 str(team.identity_file), str(made.path)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), (code, out, err)
    assert out.splitlines()[0] == (
        f"already present {made.path}: signed by the key of device "
        f"{device_label('field laptop 1', laptop.device_id)}, revoked since it was imported; what it brought stays applied, nothing was "
        "changed"), out
