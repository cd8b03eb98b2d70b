"""A participant's withdrawal and erasure survive even the laptop that recorded their consent.

Through the real bundle writer and importer, with the keys of rostered laptops: the laptop that made
a consent record sends a change that clears its withdrawal or tombstones the record (before or after
the withdrawal arrives); a laptop changes or tombstones an erasure; a laptop records consent or an
erasure for a participant another laptop registered. Each bundle is refused whole (one translated
line, the centre's every table unchanged, the next file of the same import applied). A laptop's
withdrawal of quotes does not narrow the centre's withdrawal of everything (the rest of its bundle is
taken), nor does a coordinator's; a coordinator's correction (emptying a withdrawal) goes through.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import consent
from desktop.core.consent import withdrew_everything
from desktop.core.consent_rules import may_quote
from desktop.core.models import ConsentRecord, ConsentTemplate, Erasure, Participant, Session
from desktop.core.withdrawal import withdraw_participant
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import change, forge, laptop_key, refused_whole

pytestmark = pytest.mark.usefixtures("cli_env")
FORGED_EPOCH = 0xEE  # the laptop's own key, in an epoch of its own: no clash with what it really sent


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    # devices[0], devices[1]: facilitators' laptops (field); devices[2]: a second coordinator's laptop.
    t = make_team(tmp_path, devices=3, roles=("field", "field", "coordinator"))
    yield t
    t.close()


def _consent_at_the_centre(team: Team, tmp_path: Path, *, quote: bool = True) -> tuple[str, str, str]:
    """Laptop A registers a participant in a session with a consent record; the centre imports it.
    Returns (participant id, consent record id, session id)."""
    a = team.devices[0]
    with a.transaction() as s:
        form = ConsentTemplate(template_key="fg", version=1, language="ar", title="استمارة", published=True)
        person = Participant(code="BSR-FG01-P01", real_name="زينب", phone="07701234567")
        session = Session(kind="focus_group", title="جلسة البصرة")
        s.add_all([form, person, session])
        s.flush()
        record = ConsentRecord(participant_id=person.id, template_id=form.id, answers={"participate": True,
                               "quote": quote}, method="paper", facilitator="F1",
                               recorded_at="2025-10-01T10:00:00+03:00")
        s.add(record)
        s.flush()
        ids = (person.id, record.id, session.id)
    made = export_bundle(a, tmp_path / "a-consent.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    return ids


def _now_ms() -> int:
    return int(time.time() * 1000) + 60_000  # newer than anything stamped so far, within the day allowed


def _forged(team: Team, tmp_path: Path, laptop: int, changes: list[dict[str, Any]], name: str) -> Path:
    device = team.devices[laptop]
    return forge(team, changes, device_id=device.device_id, key=laptop_key(device), epoch=FORGED_EPOCH,
                 out=tmp_path / name)


def _by(team: Team, laptop: int, entity: str, op: str, data: dict[str, Any], row_id: str | None = None,
        seq: int = 1, ms: int | None = None) -> dict[str, Any]:
    return change(entity, op, data, device=team.devices[laptop].device_id, seq=seq, row_id=row_id,
                  ms=ms or _now_ms(), epoch=f"{FORGED_EPOCH:08x}")


def _refused_whole(team: Team, tmp_path: Path, bundle: Path, code: str) -> None:
    refused_whole(team, tmp_path, bundle, code, ("زينب", "0770"))


def _withdrawal(team: Team, record_id: str) -> tuple[str | None, str | None, bool]:
    with team.centre.session() as s:
        row = s.get(ConsentRecord, record_id)
        assert row is not None
        return row.withdrawn_at, row.withdrawal_scope, row.deleted


@pytest.mark.parametrize("where", ["centre", "laptop"])
@pytest.mark.parametrize("scope", ["quotes", "all"])
@pytest.mark.parametrize("undo", ["clear", "tombstone"])
def test_the_laptop_that_recorded_consent_cannot_undo_its_withdrawal(
        team: Team, tmp_path: Path, where: str, scope: str, undo: str) -> None:
    person, record, session = _consent_at_the_centre(team, tmp_path)
    if where == "centre":  # the participant telephoned the centre
        consent.withdraw(team.centre, record, "2025-10-03", scope)
    else:  # the facilitator recorded it on the laptop, and the laptop's bundle brought it
        consent.withdraw(team.devices[0], record, "2025-10-03", scope)
        made = export_bundle(team.devices[0], tmp_path / "a-withdrawal.majlis")
        assert made is not None
        assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    assert _withdrawal(team, record) == ("2025-10-03", scope, False)
    data = {"withdrawn_at": None, "withdrawal_scope": None} if undo == "clear" else {"deleted": True}
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "consent_record", "update" if undo == "clear" else "delete",
                                             data, row_id=record)], "undo.majlis")
    _refused_whole(team, tmp_path, forged, "withdrawal_undone")
    assert _withdrawal(team, record) == ("2025-10-03", scope, False)
    with team.centre.session() as s:
        assert not may_quote(s, person, session)


def test_an_undoing_that_arrives_before_the_withdrawal_is_refused_all_the_same(team: Team, tmp_path: Path) -> None:
    """Dated after the withdrawal, it would win over it once the withdrawal arrives: refused even while
    the record is not withdrawn here yet."""
    _, record, _ = _consent_at_the_centre(team, tmp_path)
    consent.withdraw(team.devices[0], record, "2025-10-03", "all")
    withdrawal = export_bundle(team.devices[0], tmp_path / "a-withdrawal.majlis")
    assert withdrawal is not None
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "consent_record", "update", {"withdrawn_at": None},
                                             row_id=record)], "early-undo.majlis")
    _refused_whole(team, tmp_path, forged, "withdrawal_undone")
    assert [o.status for o in import_files(team.centre, [withdrawal.path], team.identities)] == ["imported"]
    assert _withdrawal(team, record) == ("2025-10-03", "all", False)


def test_a_consent_record_never_withdrawn_is_not_deleted_from_the_field(team: Team, tmp_path: Path) -> None:
    _, record, _ = _consent_at_the_centre(team, tmp_path)
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "consent_record", "delete", {"deleted": True},
                                             row_id=record)], "delete.majlis")
    _refused_whole(team, tmp_path, forged, "withdrawal_undone")
    assert _withdrawal(team, record) == (None, None, False)


@pytest.mark.parametrize("how", ["forged", "the laptop's own withdrawal of quotes"])
def test_a_withdrawal_of_everything_is_not_narrowed_to_quotes(team: Team, tmp_path: Path, how: str) -> None:
    """The participant telephoned the centre to withdraw everything; laptop A, not knowing, withdraws
    quotes (or forges it): the rest of its bundle is taken, the withdrawal of everything stays."""
    person, record, session = _consent_at_the_centre(team, tmp_path)
    consent.withdraw(team.centre, record, "2025-10-03", "all")
    a = team.devices[0]
    if how == "forged":
        bundle = _forged(team, tmp_path, 0, [
            _by(team, 0, "consent_record", "update", {"withdrawal_scope": "quotes", "withdrawn_at": "2025-10-04"},
                row_id=record, seq=1),
            _by(team, 0, "session", "insert", {"kind": "roundtable", "title": "جلسة الناصرية", "deleted": False},
                seq=2)], "narrow.majlis")
    else:
        consent.withdraw(a, record, "2025-10-04", "quotes")
        with a.transaction() as s:
            s.add(Session(kind="roundtable", title="جلسة الناصرية"))
        made = export_bundle(a, tmp_path / "a-quotes.majlis")
        assert made is not None
        bundle = made.path
    (outcome,) = import_files(team.centre, [bundle], team.identities)
    assert outcome.status == "imported", outcome
    assert _withdrawal(team, record) == ("2025-10-03", "all", False)
    with team.centre.session() as s:
        assert "جلسة الناصرية" in s.scalars(select(Session.title)).all()
        assert withdrew_everything(s, person)
        assert not may_quote(s, person, session)


def test_a_withdrawal_that_widens_goes_through(team: Team, tmp_path: Path) -> None:
    _, record, _ = _consent_at_the_centre(team, tmp_path)
    consent.withdraw(team.centre, record, "2025-10-03", "quotes")
    consent.withdraw(team.devices[0], record, "2025-10-04", "all")
    made = export_bundle(team.devices[0], tmp_path / "a-widens.majlis")
    assert made is not None
    (outcome,) = import_files(team.centre, [made.path], team.identities)
    assert outcome.status == "imported", outcome
    assert _withdrawal(team, record) == ("2025-10-04", "all", False)


def test_a_coordinator_corrects_a_withdrawal_recorded_in_error(team: Team, tmp_path: Path) -> None:
    _, record, _ = _consent_at_the_centre(team, tmp_path)
    consent.withdraw(team.centre, record, "2025-10-03", "quotes")
    forged = _forged(team, tmp_path, 2, [_by(team, 2, "consent_record", "update",
                                             {"withdrawn_at": None, "withdrawal_scope": None}, row_id=record)],
                     "coordinator.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    assert _withdrawal(team, record) == (None, None, False)


def test_a_coordinators_withdrawal_of_quotes_does_not_narrow_everything_either(team: Team, tmp_path: Path) -> None:
    """A second coordinator's laptop, not knowing, withdraws quotes after the centre withdrew everything:
    the data is erased, so quotes would be a withdrawal nobody can act on; the row keeps everything."""
    _, record, _ = _consent_at_the_centre(team, tmp_path)
    consent.withdraw(team.centre, record, "2025-10-03", "all")
    forged = _forged(team, tmp_path, 2, [_by(team, 2, "consent_record", "update",
                                             {"withdrawn_at": "2025-10-04", "withdrawal_scope": "quotes"},
                                             row_id=record)], "coordinator-quotes.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    assert _withdrawal(team, record) == ("2025-10-03", "all", False)


@pytest.mark.parametrize("how", ["update", "tombstone"])
def test_an_erasure_is_never_taken_back(team: Team, tmp_path: Path, how: str) -> None:
    person, _, _ = _consent_at_the_centre(team, tmp_path)
    withdraw_participant(team.devices[0], pseudonym="BSR-FG01-P01", scope="all", on="2025-10-05")
    made = export_bundle(team.devices[0], tmp_path / "a-erasure.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    with team.centre.session() as s:
        erasure_id = s.scalars(select(Erasure.id).where(Erasure.participant_id == person)).one()
        assert withdrew_everything(s, person)
    data = {"scope": "identity"} if how == "update" else {"deleted": True}
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "erasure", "update" if how == "update" else "delete", data,
                                             row_id=erasure_id)], "unerase.majlis")
    _refused_whole(team, tmp_path, forged, "erasure_changed")
    with team.centre.session() as s:
        assert withdrew_everything(s, person)


def test_another_laptop_cannot_give_consent_for_a_participant(team: Team, tmp_path: Path) -> None:
    person, _, session = _consent_at_the_centre(team, tmp_path, quote=False)
    with team.centre.session() as s:
        form = s.scalars(select(ConsentTemplate.id)).one()
        assert not may_quote(s, person, session)
    yes_to_all = _by(team, 1, "consent_record", "insert", {
        "participant_id": person, "template_id": form, "session_id": None, "method": "paper",
        "answers": {"participate": True, "quote": True, "audio": True}, "recorded_at": "2026-01-01T10:00:00+03:00"})
    _refused_whole(team, tmp_path, _forged(team, tmp_path, 1, [yes_to_all], "b-consent.majlis"), "foreign_consent")
    with team.centre.session() as s:
        assert not may_quote(s, person, session)


def test_another_laptop_cannot_erase_a_participant(team: Team, tmp_path: Path) -> None:
    person, _, _ = _consent_at_the_centre(team, tmp_path)
    erase = _by(team, 1, "erasure", "insert", {"participant_id": person, "scope": "all", "erased_on": "2025-10-05",
                                                "reason": ""})
    _refused_whole(team, tmp_path, _forged(team, tmp_path, 1, [erase], "b-erasure.majlis"), "foreign_consent")
    with team.centre.session() as s:
        assert not withdrew_everything(s, person)


def test_an_erasure_heard_before_its_participant_still_reaches_only_its_own(team: Team, tmp_path: Path) -> None:
    """Before the participant's bundle arrives nothing here says whose they are: the erasure is taken,
    and, as every field laptop's erasure at the centre, reaches only that laptop's own participants."""
    a = team.devices[0]
    with a.transaction() as s:
        person = Participant(code="BSR-FG01-P01", real_name="زينب")
        s.add(person)
        s.flush()
        person_id = person.id
    erase = _by(team, 1, "erasure", "insert", {"participant_id": person_id, "scope": "all",
                                                "erased_on": "2025-10-05", "reason": ""})
    (early,) = import_files(team.centre, [_forged(team, tmp_path, 1, [erase], "b-erasure.majlis")], team.identities)
    assert early.status == "imported", early
    made = export_bundle(a, tmp_path / "a-person.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    with team.centre.session() as s:
        assert not withdrew_everything(s, person_id)
        assert s.get(Participant, person_id).real_name == "زينب"
