"""Recommendations, statuses, evidence links, surveys and outreach travel in bundles like every row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, update

from desktop.core import outreach, recommendations, support, survey_stats
from desktop.core.models import (
    Device,
    EvidenceLink,
    OutreachEvent,
    Recommendation,
    RecommendationStatus,
    Survey,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponseBlock,
)
from desktop.core.survey_import import import_survey
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.advocacy_fixture import build
from tests.kobo_export import write_kobo_xlsx
from tests.sync_helpers import make_team

ADVOCACY = (Recommendation, RecommendationStatus, EvidenceLink, OutreachEvent, Survey, SurveyQuestion,
            SurveyChoice, SurveyResponseBlock)


def _rows(store, model):  # type: ignore[no-untyped-def]
    table = model.__table__
    with store.session() as s:
        return [dict(r) for r in s.execute(select(table).order_by(table.c.id)).mappings()]


def test_advocacy_rows_round_trip_through_a_bundle(tmp_path: Path) -> None:
    # Recommendations and statuses are the coordinators' (test_advocacy_trust.py): a coordinator's laptop.
    team = make_team(tmp_path, devices=1, roles=("coordinator",))
    try:
        (field,) = team.devices
        with field.transaction() as s:
            s.execute(update(Device).where(Device.is_self.is_(True)).values(role="coordinator"))
        world = build(field)
        with field.transaction() as s:
            rec = recommendations.create(s, {"title_ar": "بطاقة بايومترية", "title_ckb": "کارتی بایۆمەتری",
                                             "text_en": "Introduce biometric voter cards."}, date=dt.date(2022, 12, 1))
            recommendations.add_status(s, rec.id, "endorsed", date=dt.date(2023, 1, 5), source="network meeting")
            recommendations.link_code(s, rec.id, world.codes["A"])
            recommendations.link_segment(s, rec.id, world.segments["seg5"])
            outreach.create(s, {"kind": "workshop", "title": "ورشة", "date": dt.date(2023, 2, 1), "reach": 40,
                                "organisation_ids": [world.orgs["O1"]], "recommendation_ids": [rec.id]})
        extra = _extra_rows(field, tmp_path)
        bundle = export_bundle(field, tmp_path / "field.majlis")
        assert bundle is not None
        (outcome,) = import_files(team.centre, [bundle.path], team.identities)
        assert outcome.status == "imported", outcome
        for model in ADVOCACY:
            assert _rows(team.centre, model) == _rows(field, model), model.__tablename__
        with field.session() as s, team.centre.session() as c:
            here, there = support.support(s, rec.id), support.support(c, rec.id)
        assert (there.participants, there.sessions, there.organisations, len(there.quotes)) == (
            here.participants, here.sessions, here.organisations, len(here.quotes))
        assert here.participants == 5
        with field.session() as s, team.centre.session() as c:
            (survey,) = survey_stats.surveys(c)
            mine = survey_stats.distribution(s, survey.id, "opinions/q_biometric", "governorate", support=["yes"])
            theirs = survey_stats.distribution(c, survey.id, "opinions/q_biometric", "governorate", support=["yes"])
        assert theirs.support_counts == mine.support_counts and theirs.n[""] == extra == 1200
    finally:
        team.close()


def _extra_rows(store, folder: Path) -> int:  # type: ignore[no-untyped-def]
    """A survey imported from a real-shaped KoboToolbox export: its rows must travel too."""
    gen = write_kobo_xlsx(folder, 1200)
    return import_survey(store, gen.data, gen.form).responses
