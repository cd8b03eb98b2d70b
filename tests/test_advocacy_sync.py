"""Recommendations, statuses, evidence links, surveys and outreach travel in bundles like every row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop.core import outreach, recommendations, support
from desktop.core.models import (
    EvidenceLink,
    OutreachEvent,
    Recommendation,
    RecommendationStatus,
    Survey,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponseBlock,
)
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files

from .advocacy_fixture import build
from .sync_helpers import make_team

ADVOCACY = (Recommendation, RecommendationStatus, EvidenceLink, OutreachEvent, Survey, SurveyQuestion,
            SurveyChoice, SurveyResponseBlock)


def _rows(store, model):  # type: ignore[no-untyped-def]
    table = model.__table__
    with store.session() as s:
        return [dict(r) for r in s.execute(select(table).order_by(table.c.id)).mappings()]


def test_advocacy_rows_round_trip_through_a_bundle(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        (field,) = team.devices
        world = build(field)
        with field.transaction() as s:
            rec = recommendations.create(s, {"title_ar": "بطاقة بايومترية", "title_ckb": "کارتی بایۆمەتری",
                                             "text_en": "Introduce biometric voter cards."}, date=dt.date(2022, 12, 1))
            recommendations.add_status(s, rec.id, "endorsed", date=dt.date(2023, 1, 5), source="network meeting")
            recommendations.link_code(s, rec.id, world.codes["A"])
            recommendations.link_segment(s, rec.id, world.segments["seg5"])
            outreach.create(s, {"kind": "workshop", "title": "ورشة", "date": dt.date(2023, 2, 1), "reach": 40,
                                "organisation_ids": [world.orgs["O1"]], "recommendation_ids": [rec.id]})
        extra = _extra_rows(field)
        bundle = export_bundle(field, tmp_path / "field.majlis")
        assert bundle is not None
        (outcome,) = import_files(team.centre, [bundle.path], team.identities)
        assert outcome.status == "imported", outcome
        for model in ADVOCACY:
            assert _rows(team.centre, model) == _rows(field, model), model.__tablename__
        assert extra  # the survey rows were part of the comparison
        with field.session() as s, team.centre.session() as c:
            here, there = support.support(s, rec.id), support.support(c, rec.id)
        assert (there.participants, there.sessions, there.organisations, len(there.quotes)) == (
            here.participants, here.sessions, here.organisations, len(here.quotes))
        assert here.participants == 5
    finally:
        team.close()


def _extra_rows(store) -> int:  # type: ignore[no-untyped-def]
    """Survey rows written through the ORM, as the survey import writes them."""
    with store.transaction() as s:
        survey = Survey(title="Voter survey", form_id="voters", source="kobo", columns=["q1"], response_count=2)
        s.add(survey)
        s.flush()
        s.add(SurveyQuestion(survey_id=survey.id, name="q1", type="select_one", list_name="yn",
                             label_ar="هل تؤيد؟", label_ckb="ئایا پشتگیری دەکەیت؟", label_en="Do you support?"))
        s.add(SurveyChoice(survey_id=survey.id, list_name="yn", name="yes", label_ar="نعم", label_ckb="بەڵێ",
                           label_en="Yes"))
        s.add(SurveyResponseBlock(survey_id=survey.id, submission_ids=["uuid:1", "uuid:2"],
                                  governorates=["basra", "erbil"], genders=["female", "male"],
                                  age_bands=["18-24", ""], rows=[["yes"], ["no"]]))
    return 4
