"""A second coordinator's laptop is lost: the centre revokes it, its backup restored on a new laptop signs
with a new key (`device new-key`), and the coordinator approves that key as README says
(`majlis-cli device approve --db PATH ID`: "the device takes the new key and keeps the centre's label").
Found in session 41 (hp9): it does not keep its role. Approved without `--role`, the same device is put
back on the roster as `field`, silently (the line says `(field)` as for any laptop): from then on the
centre refuses its team-wide work (recommendations, others' records: desktop/sync/ownership.py) and the
next team update tells it it is a field laptop. The Sync page's Approve does the same (its role box
starts at field).

Cause: desktop/sync/roster.py `_approve` (`known.role = role` for a device already on the roster) with
the CLI's `--role` default FIELD (desktop/cli/device_commands.py). Real stores and bundles."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync import revocations
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.new_key import new_signing_key
from desktop.sync.roles import COORDINATOR
from desktop.sync.roster import pending, roster
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

pytestmark = pytest.mark.usefixtures("cli_env")

team = team_copy_fixture(devices=1, roles=(COORDINATOR,))


def test_a_revoked_coordinator_laptop_approved_with_its_new_key_stays_a_coordinator(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = team.devices[0]
    (entry,) = [e for e in roster(team.centre) if e.device_id == laptop.device_id]
    assert entry.role == COORDINATOR

    revocations.revoke(team.centre, laptop.device_id)
    new_signing_key(laptop)
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    made = export_bundle(laptop, tmp_path / "again.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["held"]
    (waiting,) = pending(team.centre)
    team.centre.close()  # the coordinator's script runs the CLI on the centre's database

    assert main(["device", "approve", "--db", str(tmp_path / "centre.db"), str(waiting.id)]) == 0
    out = capsys.readouterr().out
    team.centre = open_store(tmp_path / "centre.db", PASSPHRASE)
    (entry,) = [e for e in roster(team.centre) if e.device_id == laptop.device_id]
    assert not entry.revoked
    assert entry.role == COORDINATOR, out  # the same device, still the team's second coordinator
