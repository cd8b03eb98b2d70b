"""A recommendation or an outreach record deleted, through the real bundle writer and importer.

A coordinator's laptop deletes a recommendation (its evidence links and status history go with it;
the outreach records naming it stay) and an outreach record typed twice: the next bundle carries the
tombstones, the centre applies them, and its team update takes the recommendation off the field
laptops. A field laptop deletes its own outreach record the same way, but not one another device made:
refused on the laptop with a reason (``outreach.may_change``), and refused whole at the centre when an
altered app sends the tombstone anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Table, insert, select

from desktop.core import advocacy_removal, outreach, recommendations
from desktop.core.models import (
    Code,
    EvidenceLink,
    OutreachEvent,
    Recommendation,
    RecommendationStatus,
)
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.sync_helpers import Team, full_digest, make_team

MEETING = {"kind": "meeting", "title": "لقاء اللجنة القانونية", "date": dt.date(2023, 2, 1), "reach": 12}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    # devices[0]: a facilitator's laptop (field); devices[1]: a second coordinator's laptop.
    t = make_team(tmp_path, devices=2, roles=("field", "coordinator"), told=True)
    yield t
    t.close()


def _centre_recommendation(team: Team, tmp_path: Path) -> str:
    """The centre drafts a recommendation (drafted, then endorsed) and sends it to every laptop."""
    with team.centre.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "البطاقة البايومترية", "title_en": "Biometric cards"},
                                     date=dt.date(2022, 11, 1))
        recommendations.add_status(s, rec.id, "endorsed", date=dt.date(2022, 11, 20))
        rec_id = rec.id
    update_file = tmp_path / "update-1.majlis"
    export_team_update(team.centre, update_file)
    for laptop in team.devices:
        import_team_update(laptop, update_file)
    return rec_id


def _imported(team: Team, laptop_bundle: Path) -> None:
    (outcome,) = import_files(team.centre, [laptop_bundle], team.identities)
    assert outcome.status == "imported", outcome


def _bundle(team: Team, n: int, out: Path) -> Path:
    made = export_bundle(team.devices[n], out)
    assert made is not None
    return made.path


def _live(store, model, ids):  # type: ignore[no-untyped-def]
    with store.session() as s:
        return set(s.scalars(select(model.id).where(model.id.in_(list(ids)), model.deleted.is_(False))))


def test_a_coordinators_deletes_reach_the_centre_and_the_field_laptops(team: Team, tmp_path: Path) -> None:
    rec_id = _centre_recommendation(team, tmp_path)
    field, coordinator = team.devices
    with coordinator.transaction() as s:
        code = Code(name_ar="البطاقة", name_en="cards")
        s.add(code)
        s.flush()
        link_id = recommendations.link_code(s, rec_id, code.id).id
        kept_id = outreach.create(s, {**MEETING, "recommendation_ids": [rec_id]}).id
        twice_id = outreach.create(s, {**MEETING, "title": "لقاء اللجنة القانونية (مكرر)"}).id
    _imported(team, _bundle(team, 1, tmp_path / "c1.majlis"))
    with coordinator.session() as s:
        going = advocacy_removal.recommendation_going(s, rec_id, "en")
        status_ids = [h.id for h in recommendations.history(s, rec_id)]
    assert (going.number, going.title, going.links, going.statuses, going.outreach) == (
        1, "Biometric cards", 1, 2, 1)
    with coordinator.transaction() as s:
        recommendations.delete(s, rec_id)
        outreach.delete(s, twice_id)
    _imported(team, _bundle(team, 1, tmp_path / "c2.majlis"))
    centre = team.centre
    assert _live(centre, Recommendation, [rec_id]) == set()
    assert _live(centre, RecommendationStatus, status_ids) == set()  # the history went with it
    assert _live(centre, EvidenceLink, [link_id]) == set()
    assert _live(centre, OutreachEvent, [twice_id, kept_id]) == {kept_id}  # the meeting naming it stays
    with centre.session() as s:
        kept = s.get(OutreachEvent, kept_id)
        assert kept is not None and kept.recommendation_ids == [rec_id]
        assert outreach.events(s, rec_id) == [kept]  # nothing lists a deleted recommendation's outreach ...
        assert recommendations.live(s) == []  # ... as nothing lists the recommendation
    # The centre's next team update takes it off the field laptop, with its history.
    export_team_update(centre, tmp_path / "update-2.majlis")
    import_team_update(field, tmp_path / "update-2.majlis")
    assert _live(field, Recommendation, [rec_id]) == set()
    assert _live(field, RecommendationStatus, status_ids) == set()


def test_a_field_laptop_deletes_its_own_outreach_record(team: Team, tmp_path: Path) -> None:
    field = team.devices[0]
    with field.transaction() as s:
        event_id = outreach.create(s, MEETING).id
    _imported(team, _bundle(team, 0, tmp_path / "f1.majlis"))
    assert _live(team.centre, OutreachEvent, [event_id]) == {event_id}
    with field.session() as s:
        going = advocacy_removal.outreach_going(s, event_id)
    assert going is not None and going.mine and going.title == MEETING["title"]
    with field.transaction() as s:
        outreach.delete(s, event_id)
    _imported(team, _bundle(team, 0, tmp_path / "f2.majlis"))
    assert _live(team.centre, OutreachEvent, [event_id]) == set()


def _anothers_record_on(team: Team, n: int) -> str:
    """An outreach record the coordinator's laptop made, held by laptop ``n`` as a bundle brings a row
    (written as replication: its origin stays the coordinator's laptop)."""
    coordinator = team.devices[1]
    with coordinator.transaction() as s:
        event_id = outreach.create(s, MEETING).id
    table = cast(Table, OutreachEvent.__table__)
    with coordinator.session() as s:
        row = dict(s.execute(select(table).where(table.c.id == event_id)).mappings().one())
    with team.devices[n].transaction(replicating=True) as s:
        s.execute(insert(table).values(**row))
    return event_id


def test_a_field_laptop_may_not_delete_another_devices_record(team: Team, tmp_path: Path) -> None:
    event_id = _anothers_record_on(team, 0)
    field = team.devices[0]
    with field.session() as s:
        going = advocacy_removal.outreach_going(s, event_id)
    assert going is not None and not going.mine
    with field.transaction() as s, pytest.raises(outreach.OutreachError) as refused:
        outreach.delete(s, event_id)
    assert refused.value.code == "not_yours"
    assert _live(field, OutreachEvent, [event_id]) == {event_id}


def test_a_field_laptop_may_not_change_another_devices_record(team: Team, tmp_path: Path) -> None:
    """A change is refused as a delete is: the centre would refuse the whole bundle carrying it."""
    event_id = _anothers_record_on(team, 0)
    field = team.devices[0]
    before = full_digest(field)
    with field.transaction() as s, pytest.raises(outreach.OutreachError) as refused:
        outreach.update(s, event_id, {"title": "عنوان آخر"})
    assert refused.value.code == "not_yours"
    assert full_digest(field) == before
    with field.transaction() as s:  # its own record, changed as before
        own = outreach.create(s, MEETING)
        outreach.update(s, own.id, {"reach": 40})
        assert own.reach == 40


def test_a_forged_delete_of_another_devices_record_is_refused_at_the_centre(team: Team, tmp_path: Path) -> None:
    event_id = _anothers_record_on(team, 0)
    _imported(team, _bundle(team, 1, tmp_path / "c.majlis"))  # the centre has the coordinator's record
    field = team.devices[0]
    with field.transaction() as s:  # an older or altered app tombstones it anyway
        row = s.get(OutreachEvent, event_id)
        assert row is not None
        row.deleted = True
    forged = _bundle(team, 0, tmp_path / "forged.majlis")
    before = full_digest(team.centre)
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert (outcome.status, outcome.code) == ("refused", "not_owner"), outcome
    assert "\n" not in outcome.message
    assert full_digest(team.centre) == before
    assert _live(team.centre, OutreachEvent, [event_id]) == {event_id}
