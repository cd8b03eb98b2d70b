"""The keys the centre revoked travel in its team updates: a second coordinator's laptop refuses the
stolen laptop's bundles as the centre does, and takes the device's new key once the centre has
approved it (the roster alone kept the old key: a device id had one key). A malformed revoked entry
refuses the whole update; no label travels."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.backups import backup, restore
from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync import revocations
from desktop.sync.errors import MalformedBundleError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.new_key import new_signing_key
from desktop.sync.roster import approve, pending
from desktop.sync.roster_sync import REVOKED, apply_team_payload
from desktop.sync.team import import_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=2, roles=("coordinator", "field"))
    yield t
    t.close()


def _bundles(team: Team, folder: Path, code: str) -> list[Path]:
    field = team.devices[1]
    with field.transaction() as s:
        s.add(Participant(code=code))
    made, paths = None, []
    while made is None or made.more_pending:
        made = export_bundle(field, folder)
        assert made is not None
        paths.append(made.path)
    return paths


def test_a_second_coordinator_refuses_the_revoked_key_then_takes_the_new_one(team: Team, tmp_path: Path) -> None:
    second, field = team.devices
    import_team_update(second, write_team_update(team.centre, tmp_path / "u1.majlis").path)
    (stolen,) = _bundles(team, tmp_path, "BAS-FG01-P01")
    revocations.revoke(team.centre, field.device_id)
    update = write_team_update(team.centre, tmp_path / "u2.majlis").path
    with zipfile.ZipFile(update) as archive:
        lines = [json.loads(line) for line in archive.read("changes.jsonl").decode("utf-8").splitlines()]
    (row,) = [line["row"] for line in lines if line["entity"] == REVOKED]
    assert set(row) == {"device_id", "public_key"} and row["device_id"] == field.device_id
    import_team_update(second, update)
    (outcome,) = import_files(second, [stolen], team.identities)
    assert (outcome.status, outcome.code) == ("refused", "revoked_key")

    new_signing_key(field)
    again = _bundles(team, tmp_path, "BAS-FG01-P02")
    assert {o.status for o in import_files(team.centre, again, team.identities)} == {"held"}
    approve(team.centre, pending(team.centre)[0].id)
    import_team_update(second, write_team_update(team.centre, tmp_path / "u3.majlis").path)
    assert {o.status for o in import_files(second, again, team.identities)} <= {"imported", "already_present"}
    assert [(o.status, o.code) for o in import_files(second, [stolen], team.identities)] == [
        ("refused", "revoked_key")]


@pytest.mark.parametrize("entry", [{"device_id": "x" * 40, "public_key": "AAAA"}, "not a row",
                                   {"device_id": "abc", "public_key": "not a key"}])
def test_a_malformed_revoked_key_refuses_the_update(team: Team, entry: object) -> None:
    second = team.devices[0]
    with pytest.raises(MalformedBundleError), second.transaction() as s:
        apply_team_payload(s, {REVOKED: [entry]}, second.device_id)


def test_a_bundle_held_before_its_key_was_revoked_is_not_applied_when_the_roster_arrives(
        team: Team, tmp_path: Path) -> None:
    """The second coordinator's laptop held the field laptop's bundle (it did not know the device yet);
    the first team update it applies names the device, with the key the centre revoked meanwhile: the
    held bundle is refused and let go, never applied by the roster's arrival."""
    second, field = team.devices
    (stolen,) = _bundles(team, tmp_path, "BAS-FG01-P03")
    assert [o.status for o in import_files(second, [stolen], team.identities)] == ["held"]
    revocations.revoke(team.centre, field.device_id)
    import_team_update(second, write_team_update(team.centre, tmp_path / "u1.majlis").path)
    assert pending(second) == []
    with second.session() as s:
        assert s.query(Participant).filter_by(code="BAS-FG01-P03").count() == 0
    assert [(o.status, o.code) for o in import_files(second, [stolen], team.identities)] == [
        ("refused", "revoked_key")]


def test_a_revoked_key_stays_refused_when_a_later_update_lists_it_again(tmp_path: Path) -> None:
    """The centre is restored from a backup made before it revoked the stolen laptop's key: its next update
    lists the device under that key again and revokes nothing. The coordinator's laptop keeps the key
    revoked: the stolen laptop's bundle is still refused there."""
    team = make_team(tmp_path, devices=2, roles=("coordinator", "field"))
    try:
        second, field = team.devices
        kept = backup(team.centre.engine, tmp_path / "centre.db", PASSPHRASE)
        (stolen,) = _bundles(team, tmp_path, "BAS-FG01-P04")
        revocations.revoke(team.centre, field.device_id)
        import_team_update(second, write_team_update(team.centre, tmp_path / "u1.majlis").path)
    finally:
        team.close()
    restore(kept, tmp_path / "centre.db", PASSPHRASE)
    centre = open_store(tmp_path / "centre.db", PASSPHRASE)
    second = open_store(tmp_path / "field0.db", PASSPHRASE)
    try:
        import_team_update(second, write_team_update(centre, tmp_path / "u-restored.majlis").path)
        assert [(o.status, o.code) for o in import_files(second, [stolen], team.identities)] == [
            ("refused", "revoked_key")]
    finally:
        centre.close()
        second.close()
