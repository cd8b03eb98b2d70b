"""The centre's roster reaches the laptops in its team updates: a laptop the centre registered as a
coordinator learns its role there (its Sync page then receives and merges), and the keys and roles of
the other devices, so that a field laptop's bundle it merges with the team key is applied under the
centre's rules, not held as from an unknown device. A field laptop stays field; labels never travel
(team updates are not encrypted); a roster entry under another key never replaces a key."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Device, Participant
from desktop.sync.centre_view import read_centre_view
from desktop.sync.devices import device_reports, preregister
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import generate_signing_key, public_key_b64
from desktop.sync.team import device_signing_key, import_team_update, write_team_update
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=2, roles=("coordinator", "field"))
    yield t
    t.close()


def _publish(team: Team, tmp_path: Path, name: str) -> Path:
    return write_team_update(team.centre, tmp_path / name).path


def _role(store: Store, device_id: str) -> str:
    with store.session() as s:
        return str(s.execute(select(Device.role).where(Device.id == device_id)).scalar())


def test_a_laptop_learns_its_role_from_the_roster(team: Team, tmp_path: Path) -> None:
    second, field = team.devices
    assert read_centre_view(second) is None  # joined, but nothing has said it is a coordinator yet
    update = _publish(team, tmp_path, "u1.majlis")
    with zipfile.ZipFile(update) as archive:
        changes = archive.read("changes.jsonl").decode("utf-8")
    assert '"entity": "roster"' in changes or '"entity":"roster"' in changes
    assert "field laptop" not in changes  # no labels: team updates are not encrypted
    for laptop in (second, field):
        import_team_update(laptop, update)
    assert _role(second, second.device_id) == "coordinator"
    assert _role(field, field.device_id) == "field"
    view = read_centre_view(second)
    assert view is not None and not view.centre and view.next_update_name == ""
    assert read_centre_view(field) is None
    central = read_centre_view(team.centre)
    assert central is not None and central.centre


def test_a_second_coordinator_merges_a_field_laptops_bundle(team: Team, tmp_path: Path) -> None:
    second, field = team.devices
    import_team_update(second, _publish(team, tmp_path, "u1.majlis"))
    with field.transaction() as s:
        s.add(Participant(code="BAS-P07"))
    made = export_bundle(field, tmp_path / "field.majlis")
    assert made is not None
    (outcome,) = import_files(second, [made.path], team.identities)
    assert outcome.status == "imported", outcome
    with second.session() as s:
        assert s.execute(select(Participant.code)).scalars().all() == ["BAS-P07"]


def test_what_was_held_before_the_roster_arrived_is_applied_with_it(team: Team, tmp_path: Path) -> None:
    second, field = team.devices
    with field.transaction() as s:
        s.add(Participant(code="BAS-P08"))
    made = export_bundle(field, tmp_path / "field.majlis")
    assert made is not None
    (outcome,) = import_files(second, [made.path], team.identities)
    assert outcome.status == "held"  # its device unknown here yet
    import_team_update(second, _publish(team, tmp_path, "u1.majlis"))
    with second.session() as s:
        assert s.execute(select(Participant.code)).scalars().all() == ["BAS-P08"]


def test_demoted_and_another_key_and_older_updates(team: Team, tmp_path: Path) -> None:
    second, field = team.devices
    import_team_update(second, _publish(team, tmp_path, "u1.majlis"))
    assert _role(second, second.device_id) == "coordinator"
    # The centre makes it a field laptop again: the next update says so.
    preregister(team.centre, second.device_id, public_key_b64(device_signing_key(second)[0]), "", role="field")
    import_team_update(second, _publish(team, tmp_path, "u2.majlis"))
    assert _role(second, second.device_id) == "field" and read_centre_view(second) is None
    # A device id this laptop knows under another key keeps the key it has.
    stranger = "0190f3a2-7c1e-7a3b-9d2e-0000000000ab"
    with field.transaction() as s:
        s.add(Device(id=stranger, public_key=public_key_b64(generate_signing_key()), role="field"))
    with field.session() as s:
        before = s.get(Device, stranger).public_key
    preregister(team.centre, stranger, public_key_b64(generate_signing_key()), "", role="coordinator")
    import_team_update(field, _publish(team, tmp_path, "u3.majlis"))
    with field.session() as s:
        kept = s.get(Device, stranger)
        assert (kept.public_key, kept.role) == (before, "field")


def test_the_centre_is_named_as_the_centre_on_the_laptops(team: Team, tmp_path: Path) -> None:
    """The roster's entry of the centre says so: a laptop's devices list names it (it sends team
    updates, never bundles), instead of a device with no name that has sent nothing yet."""
    second, field = team.devices
    update = _publish(team, tmp_path, "u1.majlis")
    with zipfile.ZipFile(update) as archive:
        lines = [json.loads(line) for line in archive.read("changes.jsonl").decode("utf-8").splitlines() if line]
    marked = [line["row"]["device_id"] for line in lines if line["entity"] == "roster" and line["row"].get("centre")]
    assert marked == [team.centre.device_id]
    for laptop in (second, field):
        assert not any(r.is_centre for r in device_reports(laptop))  # nothing has said which it is yet
        import_team_update(laptop, update)
        centres = [r.device_id for r in device_reports(laptop) if r.is_centre]
        assert centres == [team.centre.device_id]
    at_centre = {r.device_id: r for r in device_reports(team.centre)}
    assert at_centre[team.centre.device_id].is_centre and at_centre[team.centre.device_id].is_self
    assert [d for d, r in at_centre.items() if r.is_centre] == [team.centre.device_id]


def test_a_roster_naming_two_centres_is_refused(team: Team, tmp_path: Path) -> None:
    from desktop.sync.errors import MalformedBundleError
    from desktop.sync.roster_sync import apply_team_payload

    second = team.devices[0]
    key = public_key_b64(generate_signing_key())
    entries = [{"device_id": f"0190f3a2-7c1e-7a3b-9d2e-00000000000{n}", "public_key": key, "role": "coordinator",
                "centre": True} for n in (1, 2)]
    with second.session() as s, pytest.raises(MalformedBundleError):
        apply_team_payload(s, {"roster": entries}, second.device_id)
    entries[0]["centre"] = "yes"
    with second.session() as s, pytest.raises(MalformedBundleError):
        apply_team_payload(s, {"roster": entries[:1]}, second.device_id)
