"""Held bundles cannot fill the centre's disk (desktop/sync/held_limits.py).

The team file travels openly: an outsider holding a copy makes bundles the centre opens and verifies,
each signed with a key made for it, so each one was held, archive and all (up to 512 MiB), without any
bound: a stick of them filled the coordinator's disk. Past a bound of the waiting list (devices waiting,
bundles or bytes per waiting device, bytes in all) a bundle is now refused (`waiting_list_full`):
nothing written, what already waits stays, the next file is read, and approving or rejecting makes room.
Every bundle here is real (written by the real writer, age and Ed25519); the bounds are lowered with
monkeypatch, except in the tests at the real bounds.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from desktop.core.ids import new_id
from desktop.core.models import ConsentRecord, ConsentTemplate, HeldBundleChunk, Participant
from desktop.sync import held_limits, keys
from desktop.sync.export import export_bundle
from desktop.sync.importer import ImportOutcome, import_files
from desktop.sync.roster import pending, reject
from desktop.sync.team import join_team
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, full_digest
from tests.team_copies import team_copy_fixture
from tests.trust_helpers import change, forge, participant_data

team = team_copy_fixture(devices=1)

FULL = "waiting_list_full"


class Stranger:
    """A laptop not on the roster (a device id and a key of its own) that writes bundles."""

    def __init__(self, team: Team, label: str) -> None:
        self.team, self.label = team, label
        self.device, self.key = new_id(), keys.generate_signing_key()
        self.sent = 0

    def bundle(self, *, key: Ed25519PrivateKey | None = None) -> Path:
        self.sent += 1
        data = participant_data(code=f"BSR-{self.label[-4:].upper()}-P{self.sent:02d}", real_name=None, phone=None)
        return forge(self.team, [change("participant", "insert", data, device=self.device, seq=self.sent)],
                     device_id=self.device, key=key or self.key, name=self.label,
                     out=self.team.folder / f"{self.label}-{self.sent}.majlis")


def _import(team: Team, *paths: Path) -> list[ImportOutcome]:
    return import_files(team.centre, list(paths), team.identities)


def _held_bytes(team: Team) -> int:
    with team.centre.session() as s:
        return int(s.execute(select(func.sum(func.length(HeldBundleChunk.content)))).scalar() or 0)


def _refused_full(outcome: ImportOutcome) -> None:
    assert (outcome.status, outcome.code) == ("refused", FULL), outcome
    assert outcome.message == ("Not held for approval: too many devices or too much data already wait for approval "
                               "here. Approve or reject the waiting devices, then import this bundle again.")


def test_past_the_waiting_devices_a_new_key_is_refused_and_the_next_file_read(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held_limits, "MAX_WAITING_DEVICES", 2)
    first, second, third = (Stranger(team, f"forged-{n}") for n in range(3))
    assert [o.status for o in _import(team, first.bundle(), second.bundle())] == ["held", "held"]
    before = full_digest(team.centre)
    waiting_more = first.bundle()  # a device already waiting is no new one: its bundle is held
    laptop = team.devices[0]  # a laptop on the roster, its bundle next on the stick
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    made = export_bundle(laptop, team.folder / "laptop.majlis")
    assert made is not None
    third_bundle = third.bundle()
    refused = _import(team, third_bundle)
    _refused_full(refused[0])
    assert full_digest(team.centre) == before  # nothing written: no row, no held number used
    outcomes = _import(team, third_bundle, waiting_more, made.path)
    _refused_full(outcomes[0])
    assert [o.status for o in outcomes[1:]] == ["held", "imported"]
    assert [(p.device_id, p.bundles) for p in pending(team.centre)] == [(first.device, 2), (second.device, 1)]


def test_a_bundle_already_waiting_is_said_so_when_the_list_is_full(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held_limits, "MAX_WAITING_DEVICES", 1)
    path = Stranger(team, "forged-a").bundle()
    assert _import(team, path)[0].status == "held"
    (again,) = _import(team, path)  # the same stick chosen again the next day
    assert (again.status, again.already_waiting) == ("held", True)


def test_rejecting_the_forged_devices_makes_room_for_the_genuine_laptop(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held_limits, "MAX_WAITING_DEVICES", 2)
    forged = [Stranger(team, f"forged-{n}") for n in range(2)]
    assert [o.status for o in _import(team, *(f.bundle() for f in forged))] == ["held", "held"]
    genuine = Stranger(team, "halabja laptop").bundle()
    _refused_full(_import(team, genuine)[0])
    reject(team.centre, pending(team.centre)[0].id)
    (held,) = _import(team, genuine)  # imported again, as its line said
    assert held.status == "held" and not held.already_waiting


def test_past_the_bundles_of_one_waiting_device_its_next_is_refused(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held_limits, "MAX_BUNDLES_PER_DEVICE", 2)
    busy, other = Stranger(team, "forged-busy"), Stranger(team, "genuine")
    outcomes = _import(team, busy.bundle(), busy.bundle(), busy.bundle(), other.bundle())
    assert [o.status for o in outcomes] == ["held", "held", "refused", "held"]
    _refused_full(outcomes[2])
    assert sorted(p.bundles for p in pending(team.centre)) == [1, 2]


def test_past_the_bytes_of_one_waiting_device_its_next_is_refused(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    busy, other = Stranger(team, "forged-busy"), Stranger(team, "genuine")
    assert _import(team, busy.bundle())[0].status == "held"
    one = _held_bytes(team)  # the archive of one such bundle (the next ones differ by a byte or so)
    monkeypatch.setattr(held_limits, "MAX_BYTES_PER_DEVICE", 2 * one - 100)
    outcomes = _import(team, busy.bundle(), other.bundle())
    assert [o.status for o in outcomes] == ["refused", "held"]
    _refused_full(outcomes[0])


def test_past_the_bytes_held_in_all_a_bundle_is_refused(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Stranger(team, "forged-1")
    assert _import(team, first.bundle())[0].status == "held"
    one = _held_bytes(team)
    monkeypatch.setattr(held_limits, "MAX_HELD_BYTES", 2 * one + 100)  # room for one more, not two
    second, third = Stranger(team, "forged-2"), Stranger(team, "forged-3")
    outcomes = _import(team, second.bundle(), third.bundle(), first.bundle())
    assert [o.status for o in outcomes] == ["held", "refused", "refused"]
    _refused_full(outcomes[1])
    assert _held_bytes(team) <= held_limits.MAX_HELD_BYTES


def test_at_the_real_bound_the_fifty_first_new_key_is_refused(team: Team) -> None:
    """An outsider's stick of bundles, each with a key made for it: 50 wait, the rest are refused."""
    count = held_limits.MAX_WAITING_DEVICES
    paths = [Stranger(team, f"forged-{n:03d}").bundle() for n in range(count + 2)]
    outcomes = _import(team, *paths)
    assert [o.status for o in outcomes] == ["held"] * count + ["refused", "refused"]
    assert {o.code for o in outcomes[count:]} == {FULL}
    assert len(pending(team.centre)) == count


def test_at_the_real_bound_a_waiting_devices_hundred_and_first_bundle_is_refused(team: Team) -> None:
    count = held_limits.MAX_BUNDLES_PER_DEVICE
    busy = Stranger(team, "forged-busy")
    outcomes = _import(team, *(busy.bundle() for _ in range(count + 1)))
    assert [o.status for o in outcomes] == ["held"] * count + ["refused"]
    assert outcomes[-1].code == FULL


def test_a_genuine_new_laptops_days_are_held_at_the_real_bounds(team: Team) -> None:
    """A laptop that joined but is not registered yet exports a bundle a day for a week, a consent with a
    paper scan (2 MiB, random: no smaller zipped) in each: every one is held."""
    laptop = fresh_store(team.folder / "basra.db", PASSPHRASE, "Basra laptop")
    try:
        join_team(laptop, team.team_file)
        paths = []
        for day in range(7):
            with laptop.transaction() as s:
                template = ConsentTemplate(template_key=f"fg-{day}", version=1, language="ar", title="t",
                                           published=True)
                person = Participant(code=f"BSR-FG{day:02d}-P01")
                s.add_all([template, person])
                s.flush()
                s.add(ConsentRecord(participant_id=person.id, template_id=template.id, answers={"participate": True},
                                    method="paper", facilitator="F1", recorded_at="2025-10-01T10:00:00+03:00",
                                    paper_scan=random.Random(day).randbytes(2 << 20)))
            made = export_bundle(laptop, team.folder / f"basra-{day}.majlis")
            assert made is not None
            paths.append(made.path)
        device = laptop.device_id
    finally:
        laptop.close()
    assert [o.status for o in _import(team, *paths)] == ["held"] * 7
    assert [(p.device_id, p.bundles) for p in pending(team.centre)] == [(device, 7)]
    assert _held_bytes(team) > 7 * (2 << 20)


def test_the_bounds_the_docs_state_are_the_codes() -> None:
    """docs/bundle-format.md §5 and the README's `device pending` row state the bounds a coordinator meets."""
    root = Path(__file__).resolve().parents[2]
    doc = " ".join((root / "docs" / "bundle-format.md").read_text(encoding="utf-8").split())
    assert (f"at most **{held_limits.MAX_WAITING_DEVICES} devices** (a device id with a key) wait at once, each with "
            f"at most **{held_limits.MAX_BUNDLES_PER_DEVICE} bundles** and **{held_limits.MAX_BYTES_PER_DEVICE >> 30} "
            f"GiB** held, and at most **{held_limits.MAX_HELD_BYTES >> 30} GiB** is held in all") in doc
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert (f"at most {held_limits.MAX_WAITING_DEVICES} devices wait at once, each with at most "
            f"{held_limits.MAX_BUNDLES_PER_DEVICE} bundles and {held_limits.MAX_BYTES_PER_DEVICE >> 30} GiB held, and "
            f"at most {held_limits.MAX_HELD_BYTES >> 30} GiB is held in all") in readme
