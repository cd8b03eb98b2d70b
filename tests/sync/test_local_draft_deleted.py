"""A facilitator deletes a recommendation they drafted before joining the team (a local draft).

Local drafts stay on the laptop and are never sent (desktop/sync/local_drafts.py). Deleting one was
refused ("changed only by coordinators"), and a normal deletion would have been sent: a field laptop's
change to a team-wide recommendation, for which the centre refuses the whole bundle. The draft now goes
with its evidence and statuses, on this laptop only, and the next bundle is imported at the centre. A
recommendation of the team still cannot be deleted on a field laptop. Through the real databases, bundle
writer and importer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import recommendations
from desktop.core.db import Store
from desktop.core.models import ChangeLog, EvidenceLink, Recommendation, RecommendationStatus
from desktop.sync.devices import preregister
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import load_identity_file, public_key_b64
from desktop.sync.team import (
    create_team,
    device_signing_key,
    export_team_update,
    import_team_update,
    join_team,
)
from tests.advocacy_fixture import build
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

SENT_WITH_IT = ("recommendation", "recommendation_status", "evidence_link")


@dataclass
class DraftInTeam:
    laptop: Store
    centre: Store
    identity_file: Path
    draft: str  # drafted alone, before joining: a local draft
    team_rec: str  # the team's, from the centre's update


def draft_in_team(tmp_path: Path) -> DraftInTeam:
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "Basra laptop")
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    world = build(laptop)
    with laptop.transaction() as s:
        draft = recommendations.create(s, {"title_ar": "مسودّة البصرة"}, date=dt.date(2023, 2, 1)).id
        recommendations.add_status(s, draft, "endorsed", date=dt.date(2023, 2, 5))
        recommendations.link_segment(s, draft, world.segments["seg1"])
    team_file, identity_file = tmp_path / "team.majlis-team", tmp_path / "team.key"
    create_team(centre, name="Elections law cohort", team_file=team_file, identity_file=identity_file)
    join_team(laptop, team_file)
    key, _ = device_signing_key(laptop)
    preregister(centre, laptop.device_id, public_key_b64(key), "Basra laptop", role="field")
    with centre.transaction() as s:
        team_rec = recommendations.create(s, {"title_ar": "إعلان النتائج خلال يوم"}, date=dt.date(2023, 3, 1)).id
    export_team_update(centre, tmp_path / "update.majlis")
    import_team_update(laptop, tmp_path / "update.majlis")
    return DraftInTeam(laptop, centre, identity_file, draft, team_rec)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[DraftInTeam]:
    t = draft_in_team(tmp_path)
    yield t
    t.laptop.close()
    t.centre.close()


def test_a_local_draft_is_deleted_here_only_and_the_next_bundle_is_imported(team: DraftInTeam,
                                                                            tmp_path: Path) -> None:
    with team.laptop.session() as s:
        logged_before = s.scalars(select(ChangeLog.id)).all()
    with team.laptop.transaction() as s:
        recommendations.delete(s, team.draft)
    with team.laptop.session() as s:
        assert {r.id for r in recommendations.live(s)} == {team.team_rec}
        gone = s.get(Recommendation, team.draft)
        assert gone is not None and gone.deleted
        for model in (RecommendationStatus, EvidenceLink):  # its statuses and evidence went with it
            rows = s.scalars(select(model).where(model.recommendation_id == team.draft)).all()
            assert rows and all(row.deleted for row in rows)
        new = s.execute(select(ChangeLog.entity).where(ChangeLog.id.not_in(logged_before))).scalars().all()
        assert set(new).isdisjoint(SENT_WITH_IT)  # nothing of it to send
    made = export_bundle(team.laptop, tmp_path / "next.majlis")
    assert made is not None
    (outcome,) = import_files(team.centre, [made.path], load_identity_file(team.identity_file))
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        assert {r.id for r in recommendations.live(s)} == {team.team_rec}
        assert s.get(Recommendation, team.draft) is None  # never seen at the centre


def test_the_team_s_recommendation_still_cannot_be_deleted_on_a_field_laptop(team: DraftInTeam) -> None:
    with team.laptop.transaction() as s, pytest.raises(recommendations.RecommendationError) as refused:
        recommendations.delete(s, team.team_rec)
    assert refused.value.code == "coordinators_only"
    with team.laptop.session() as s:
        assert {r.id for r in recommendations.live(s)} == {team.draft, team.team_rec}


def test_a_draft_deleted_twice_is_said_gone(team: DraftInTeam) -> None:
    with team.laptop.transaction() as s:
        recommendations.delete(s, team.draft)
    with team.laptop.transaction() as s, pytest.raises(recommendations.RecommendationError) as refused:
        recommendations.delete(s, team.draft)
    assert refused.value.code != "coordinators_only"
