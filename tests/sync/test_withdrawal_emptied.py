"""A coordinator's correction that empties a withdrawal recorded in error, whatever the arrival order.

Within one scope, and for a coordinator's emptying, the latest wins; a wider withdrawal wins over a
narrower one whatever their times. Laptop A withdraws everything in error (its bundle comes late);
a coordinator empties it; after that the participant telephones the centre to withdraw consent to
be quoted. The centre held, depending on the order A's bundle and the coordinator's came in, no
withdrawal at all (the participant quoted again: the emptying, older than the centre's withdrawal of
quotes, beat the withdrawal of everything that had replaced it) or a withdrawal of everything (the
emptying came first, lost to the centre's newer withdrawal of quotes, and the withdrawal of
everything it corrected then replaced that). Both end now in the centre's withdrawal of quotes.

Through the real bundle writer and importer (the coordinator's emptying is forged with a rostered
coordinator's key: the app has no button for it), at the centre.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import consent
from desktop.core.clock import Timestamp
from desktop.core.consent_rules import may_quote
from desktop.core.db import Store
from desktop.core.models import ConsentRecord
from desktop.sync import withdrawal_sync
from desktop.sync.errors import MalformedBundleError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, write_team_update
from tests.consent_helpers import consent_recorded
from tests.sync_helpers import Team, content_digest, make_team
from tests.trust_helpers import change, forge, laptop_key

pytestmark = pytest.mark.usefixtures("cli_env")
ERROR_DAY, CENTRE_DAY, LATER_DAY = "2025-10-03", "2025-10-05", "2025-10-07"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    # devices[0]: a facilitator's laptop (field); devices[1]: a second coordinator's laptop.
    t = make_team(tmp_path, devices=2, roles=("field", "coordinator"))
    yield t
    t.close()


def _recorded(team: Team, tmp_path: Path) -> tuple[str, str, str]:
    """Laptop A records a participant's consent in a session; the centre imports it."""
    a = team.devices[0]
    ids = consent_recorded(a)
    _import(team, _exported(a, tmp_path / "a-consent.majlis"))
    return ids


def _exported(store: Store, out: Path) -> Path:
    made = export_bundle(store, out)
    assert made is not None
    return made.path


def _import(team: Team, bundle: Path) -> None:
    assert [(o.status, o.code) for o in import_files(team.centre, [bundle], team.identities)] == [("imported", "")]


def _written_at(store: Store, record_id: str) -> Timestamp:
    """When the withdrawal of the record was last written in ``store``."""
    with store.session() as s:
        row = s.get(ConsentRecord, record_id)
        assert row is not None
        return Timestamp.parse(row.versions["withdrawal_scope"])


def _emptied_by_the_coordinator(team: Team, tmp_path: Path, record_id: str, ms: int, name: str) -> Path:
    coordinator = team.devices[1]
    emptying = change("consent_record", "update", {"withdrawn_at": None, "withdrawal_scope": None},
                      device=coordinator.device_id, seq=1, row_id=record_id, ms=ms, epoch=f"{0xEE:08x}")
    return forge(team, [emptying], device_id=coordinator.device_id, key=laptop_key(coordinator), epoch=0xEE,
                 out=tmp_path / name)


def _withdrawal(team: Team, record_id: str) -> tuple[str | None, str | None]:
    with team.centre.session() as s:
        row = s.get(ConsentRecord, record_id)
        assert row is not None
        return row.withdrawn_at, row.withdrawal_scope


def _later_than(stamp: Timestamp) -> None:
    while time.time() * 1000 < stamp.wall_ms + 5:
        time.sleep(0.005)


def _quotes_in_error_then_emptied(team: Team, tmp_path: Path) -> tuple[str, str, str]:
    """Laptop A withdraws quotes in error and the centre takes it; a coordinator empties it."""
    ids = _recorded(team, tmp_path)
    a, record = team.devices[0], ids[1]
    consent.withdraw(a, record, ERROR_DAY, "quotes")
    _import(team, _exported(a, tmp_path / "a-error.majlis"))
    in_error = _written_at(a, record)
    _later_than(Timestamp(in_error.wall_ms + 2, 0, ""))
    _import(team, _emptied_by_the_coordinator(team, tmp_path, record, in_error.wall_ms + 1, "emptying.majlis"))
    return ids


@pytest.mark.parametrize("order", ["laptop then coordinator", "coordinator then laptop"])
def test_a_withdrawal_after_the_emptying_stays_and_the_one_it_corrected_does_not_come_back(
        team: Team, tmp_path: Path, order: str) -> None:
    person, record, session = _recorded(team, tmp_path)
    a = team.devices[0]
    consent.withdraw(a, record, ERROR_DAY, "all")  # in error: the wrong participant
    in_error = _written_at(a, record)
    late = _exported(a, tmp_path / "a-late.majlis")  # on a stick that reaches the centre late
    _later_than(Timestamp(in_error.wall_ms + 2, 0, ""))
    # The coordinator corrects it just after (the facilitator telephoned), before the participant's call.
    corrected = _emptied_by_the_coordinator(team, tmp_path, record, in_error.wall_ms + 1, "emptying.majlis")
    consent.withdraw(team.centre, record, CENTRE_DAY, "quotes")  # the participant's own call, later
    assert _written_at(team.centre, record).wall_ms > in_error.wall_ms + 1
    bundles = [late, corrected] if order == "laptop then coordinator" else [corrected, late]
    for bundle in bundles:
        _import(team, bundle)
    assert _withdrawal(team, record) == (CENTRE_DAY, "quotes")
    with team.centre.session() as s:
        assert not may_quote(s, person, session)
        assert not consent.withdrew_everything(s, person)


@pytest.mark.parametrize("scope", ["quotes", "all"])
def test_an_older_withdrawal_arriving_after_the_emptying_does_not_undo_it(
        team: Team, tmp_path: Path, scope: str) -> None:
    """The coordinator's correction reached the centre first; the withdrawal it corrects, written
    before it, arrives after it: it stays corrected."""
    person, record, session = _recorded(team, tmp_path)
    a = team.devices[0]
    consent.withdraw(a, record, ERROR_DAY, scope)
    in_error = _written_at(a, record)
    late = _exported(a, tmp_path / "a-late.majlis")
    _later_than(Timestamp(in_error.wall_ms + 2, 0, ""))
    _import(team, _emptied_by_the_coordinator(team, tmp_path, record, in_error.wall_ms + 1, "emptying.majlis"))
    _import(team, late)
    assert _withdrawal(team, record) == (None, None)
    with team.centre.session() as s:
        assert may_quote(s, person, session)


@pytest.mark.parametrize("scope", ["quotes", "all"])
def test_a_withdrawal_written_after_the_emptying_applies(team: Team, tmp_path: Path, scope: str) -> None:
    person, record, session = _quotes_in_error_then_emptied(team, tmp_path)
    a = team.devices[0]
    assert _withdrawal(team, record) == (None, None)
    consent.withdraw(a, record, LATER_DAY, scope)  # the participant withdraws for real, on the laptop
    _import(team, _exported(a, tmp_path / "a-later.majlis"))
    assert _withdrawal(team, record) == (LATER_DAY, scope)
    with team.centre.session() as s:
        assert not may_quote(s, person, session)


# --- on the laptops: the next team update --------------------------------------------------------


def _on_the_laptop(team: Team, record_id: str) -> tuple[str | None, str | None]:
    with team.devices[0].session() as s:
        row = s.get(ConsentRecord, record_id)
        assert row is not None
        return row.withdrawn_at, row.withdrawal_scope


def _team_update_to_the_laptop(team: Team, tmp_path: Path, name: str = "update") -> None:
    update = write_team_update(team.centre, tmp_path / f"{name}.majlis-update").path
    import_team_update(team.devices[0], update)


def test_the_next_team_update_takes_the_correction_to_the_laptop(team: Team, tmp_path: Path) -> None:
    """The laptop that recorded the withdrawal in error: it kept it after the correction (a team
    update carried only withdrawn records), its register said withdrawn and the centre's not."""
    person, record, session = _quotes_in_error_then_emptied(team, tmp_path)
    a = team.devices[0]
    _team_update_to_the_laptop(team, tmp_path)
    assert _on_the_laptop(team, record) == (None, None)
    with a.session() as s:
        assert may_quote(s, person, session)
    assert export_bundle(a, tmp_path / "nothing.majlis") is None  # nothing logged again: the centre has it
    consent.withdraw(a, record, LATER_DAY, "quotes")  # and a real withdrawal after it goes through
    _import(team, _exported(a, tmp_path / "a-later.majlis"))
    assert _withdrawal(team, record) == _on_the_laptop(team, record) == (LATER_DAY, "quotes")


def test_the_laptops_corrected_withdrawal_gives_way_to_the_centres_later_one(team: Team, tmp_path: Path) -> None:
    """The first test's story, then a team update: the laptop kept its withdrawal of everything
    (wider than the centre's of quotes), which the coordinator had corrected."""
    person, record, session = _recorded(team, tmp_path)
    a = team.devices[0]
    consent.withdraw(a, record, ERROR_DAY, "all")
    in_error = _written_at(a, record)
    late = _exported(a, tmp_path / "a-late.majlis")
    _later_than(Timestamp(in_error.wall_ms + 2, 0, ""))
    corrected = _emptied_by_the_coordinator(team, tmp_path, record, in_error.wall_ms + 1, "emptying.majlis")
    consent.withdraw(team.centre, record, CENTRE_DAY, "quotes")
    _import(team, corrected)
    _team_update_to_the_laptop(team, tmp_path)  # before the laptop's bundle reaches the centre
    assert _on_the_laptop(team, record) == (CENTRE_DAY, "quotes")
    _import(team, late)
    _team_update_to_the_laptop(team, tmp_path, "update-2")
    assert _withdrawal(team, record) == _on_the_laptop(team, record) == (CENTRE_DAY, "quotes")
    with a.session() as s:
        assert not may_quote(s, person, session)
        assert not consent.withdrew_everything(s, person)


_RECORD = "the laptop's record"  # replaced by its id: a record the laptop holds
_HLC = "1767000000000:00000:0190f0aa-0000-7000-8000-0000000000cc"


@pytest.mark.parametrize("payload", [
    {withdrawal_sync.EMPTIED_KEY: "not a list"},
    {withdrawal_sync.EMPTIED_KEY: ["not a row"]},
    {withdrawal_sync.EMPTIED_KEY: [{"id": 7, "emptied": _HLC}]},
    {withdrawal_sync.EMPTIED_KEY: [{"id": _RECORD, "emptied": None}]},
    {withdrawal_sync.EMPTIED_KEY: [{"id": _RECORD, "emptied": {"at": _HLC}}]},
    {withdrawal_sync.KEY: [{"id": _RECORD, "withdrawn_at": "2025-10-03", "withdrawal_scope": "quotes",
                            "versions": {"withdrawn_at": _HLC, "withdrawal_scope": _HLC}, "emptied": 12}]},
], ids=["not a list", "not a row", "id not text", "no time", "time not text", "emptied not text"])
def test_a_malformed_emptying_refuses_the_update(team: Team, tmp_path: Path, payload: dict[str, object]) -> None:
    _, record, _ = _quotes_in_error_then_emptied(team, tmp_path)
    laptop = team.devices[0]
    before = content_digest(laptop)
    named = json.loads(json.dumps(payload).replace(json.dumps(_RECORD), json.dumps(record)))
    with laptop.transaction(replicating=True) as s, pytest.raises(MalformedBundleError):
        withdrawal_sync.apply_team_payload(s, named)
    assert content_digest(laptop) == before
