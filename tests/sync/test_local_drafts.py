"""A laptop that drafted recommendations while working alone, then joins a team as a field laptop.

Recommendations are the coordinators' in a team, so the laptop's own stay on it as local drafts: its
first bundle carries its sessions, consent and coding and is imported at the centre (not refused for
the drafts), the drafts are not in it, the centre sees no missing change numbers, and the drafts are
still on the laptop, readable, with their statuses and evidence. Through the real databases, bundle
writer and importer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import recommendations, support
from desktop.core.models import (
    ChangeLog,
    CodedSegment,
    EvidenceLink,
    Recommendation,
    RecommendationStatus,
    Session,
)
from desktop.sync.devices import device_reports, preregister
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


def test_recommendations_drafted_alone_stay_local_and_the_first_bundle_is_imported(tmp_path: Path) -> None:
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "facilitator laptop")
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    try:
        # 1. Working alone: sessions, consent and coding, and a recommendation with its evidence.
        world = build(laptop)
        with laptop.transaction() as s:
            assert recommendations.may_change(s)  # alone, the laptop is its own centre
            rec = recommendations.create(s, {"title_ar": "البطاقة البايومترية"}, date=dt.date(2023, 2, 1))
            recommendations.add_status(s, rec.id, "endorsed", date=dt.date(2023, 2, 5), source="الشبكة")
            recommendations.link_segment(s, rec.id, world.segments["seg1"])
            recommendations.link_code(s, rec.id, world.codes["A"])
            draft_id = rec.id
        with laptop.session() as s:
            assert recommendations.made_alone(s) == 1  # what the join dialog tells the person first
            before = support.support(s, draft_id)
        # 2. The centre makes the team; the laptop joins as a field laptop and is put on the roster.
        team_file, identity_file = tmp_path / "team.majlis-team", tmp_path / "team.key"
        create_team(centre, name="Elections law cohort", team_file=team_file, identity_file=identity_file)
        join_team(laptop, team_file)
        key, _ = device_signing_key(laptop)
        preregister(centre, laptop.device_id, public_key_b64(key), "facilitator laptop", role="field")
        with laptop.session() as s:
            assert recommendations.drafted_here(s) == {draft_id}
            assert recommendations.made_alone(s) == 0
            # Nothing lost: the draft, its status and its evidence are still here, with the same support.
            assert recommendations.get(s, draft_id).title_ar == "البطاقة البايومترية"
            assert [h.status for h in recommendations.history(s, draft_id)] == ["drafted", "endorsed"]
            assert len(recommendations.links(s, draft_id)) == 2
            assert support.support(s, draft_id).participants == before.participants > 0
            # ... and out of what the laptop sends, numbered again without holes.
            mine = s.execute(select(ChangeLog.entity, ChangeLog.seq).where(
                ChangeLog.device_id == laptop.device_id).order_by(ChangeLog.seq)).all()
            assert mine and {e for e, _ in mine}.isdisjoint({"recommendation", "recommendation_status",
                                                            "evidence_link"})
            assert [seq for _, seq in mine] == list(range(1, len(mine) + 1))
        with laptop.transaction() as s, pytest.raises(recommendations.RecommendationError) as refused:
            recommendations.link_segment(s, draft_id, world.segments["seg2"])  # would reach the centre alone
        assert refused.value.code == "local_draft"
        # 3. The first bundle: imported whole at the centre, without the drafts, with no gap reported.
        identities = load_identity_file(identity_file)
        made = export_bundle(laptop, tmp_path / "first.majlis")
        assert made is not None and made.seq_from == 1
        (outcome,) = import_files(centre, [made.path], identities)
        assert outcome.status == "imported", outcome
        with centre.session() as s:
            assert set(s.scalars(select(Session.id))) == set(world.sessions.values())
            assert set(s.scalars(select(CodedSegment.id))) == set(world.segments.values())
            for model in (Recommendation, RecommendationStatus, EvidenceLink):
                assert s.scalars(select(model.id)).all() == []
        (stream,) = next(r for r in device_reports(centre) if r.device_id == laptop.device_id).streams
        assert stream.gaps == () and stream.received == made.seq_to
        # 4. The team's recommendation arrives; evidence linked to it travels in the next bundle.
        with centre.transaction() as s:
            team_rec = recommendations.create(s, {"title_ar": "إعلان النتائج خلال يوم"}, date=dt.date(2023, 3, 1)).id
        export_team_update(centre, tmp_path / "update.majlis")
        import_team_update(laptop, tmp_path / "update.majlis")
        with laptop.transaction() as s:
            link_id = recommendations.link_segment(s, team_rec, world.segments["seg2"]).id
        second = export_bundle(laptop, tmp_path / "second.majlis")
        assert second is not None and second.seq_from == made.seq_to + 1
        (outcome,) = import_files(centre, [second.path], identities)
        assert outcome.status == "imported", outcome
        with centre.session() as s:
            link = s.get(EvidenceLink, link_id)
            assert link is not None and link.recommendation_id == team_rec
        with laptop.session() as s:  # the draft is still the laptop's, beside the team's recommendation
            assert {r.id for r in recommendations.live(s)} == {draft_id, team_rec}
            assert recommendations.drafted_here(s) == {draft_id}
    finally:
        laptop.close()
        centre.close()
