"""Survey data keeps the shape its readers index into: checked at import, tolerated when stored.

A laptop's bundle carries a survey's answer rows, column names and an evidence link's answers as
JSON lists. One with another shape (a number where a row of answers goes, a map inside a row, a
column name that is not text) is refused whole with one line, before anything is written. A survey
already stored with such values (an older version let them in) still gives its figures, the
recommendation's support and the brief workbook: the stray values count as no answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from desktop.core import recommendations, support, survey_stats
from desktop.core.ids import new_id
from desktop.core.models import EvidenceLink, Survey, SurveyResponseBlock
from desktop.exports.brief_xlsx import write_brief_xlsx
from desktop.sync.importer import import_files
from tests.sync_helpers import Team, full_digest
from tests.team_copies import team_copy_fixture
from tests.trust_helpers import change, forge, laptop_key

pytestmark = pytest.mark.usefixtures("cli_env")
team = team_copy_fixture(devices=1)


def _survey_bundle(team: Team, tmp_path: Path, rec_id: str, *, columns: Any = None, rows: Any = None,
                   choices: Any = None, name: str = "survey.majlis") -> tuple[Path, str]:
    """A laptop's survey of one question ("q1", chosen by 3 women: 1, 1, 2) linked as evidence."""
    laptop = team.devices[0]
    device = laptop.device_id
    survey_id = new_id()
    changes = [
        change("survey", "insert", {"title": "استطلاع", "columns": ["q1"] if columns is None else columns,
                                    "response_count": 3}, device=device, seq=1, row_id=survey_id),
        change("survey_question", "insert", {"survey_id": survey_id, "name": "q1", "type": "select_one"},
               device=device, seq=2),
        change("survey_response_block", "insert", {
            "survey_id": survey_id, "submission_ids": ["s1", "s2", "s3"], "genders": ["female"] * 3,
            "governorates": ["basra"] * 3, "age_bands": ["25-34"] * 3,
            "rows": [["1"], ["1"], [2]] if rows is None else rows}, device=device, seq=3),
        change("evidence_link", "insert", {"recommendation_id": rec_id, "kind": "survey", "survey_id": survey_id,
                                           "question": "q1", "choices": ["1"] if choices is None else choices},
               device=device, seq=4),
    ]
    return forge(team, changes, device_id=device, key=laptop_key(laptop), out=tmp_path / name), survey_id


def _recommendation(team: Team) -> str:
    with team.centre.transaction() as s:
        return recommendations.create(s, {"title_en": "Biometric cards", "title_ar": "البطاقة البايومترية"}).id


@pytest.mark.parametrize("shape", [
    {"rows": [5, ["1"], ["2"]]},
    {"rows": [["1"], [{"a": 1}], ["2"]]},
    {"rows": [["1"], [["1"]], ["2"]]},
    {"rows": {"0": ["1"]}},
    {"columns": [1]},
    {"choices": [{"a": 1}]},
], ids=["number-row", "map-answer", "nested-answer", "map-rows", "number-column", "map-choice"])
def test_a_survey_of_another_shape_is_refused_whole(team: Team, tmp_path: Path, shape: dict[str, Any]) -> None:
    rec_id = _recommendation(team)
    bundle, _ = _survey_bundle(team, tmp_path, rec_id, **shape)
    before = full_digest(team.centre)
    (outcome,) = import_files(team.centre, [bundle], team.identities)
    assert (outcome.status, outcome.code) == ("refused", "bad_value"), outcome
    assert "\n" not in outcome.message
    assert full_digest(team.centre) == before


def test_stored_stray_values_count_as_no_answer(team: Team, tmp_path: Path) -> None:
    rec_id = _recommendation(team)
    bundle, survey_id = _survey_bundle(team, tmp_path, rec_id)
    (outcome,) = import_files(team.centre, [bundle], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        share = survey_stats.share(s, survey_id, "q1", ["1"])
        assert (share.count, share.n) == (2, 3)
    # As an older version could have stored them: a row that is a number, a map among the answers, a
    # group that is a list, an answer counted as support that is a map.
    with team.centre.transaction() as s:
        s.execute(update(SurveyResponseBlock).where(SurveyResponseBlock.survey_id == survey_id).values(
            rows=[["1"], 5, [{"a": 1}], ["1"], ["2"]], genders=["female", "male", ["x"], "female", "female"]))
        s.execute(update(EvidenceLink).where(EvidenceLink.survey_id == survey_id).values(choices=["1", {"x": 1}]))
    with team.centre.session() as s:
        by_gender = survey_stats.distribution(s, survey_id, "q1", "gender")
        assert by_gender.n == {survey_stats.ALL: 3, "female": 3}
        figures = support.support(s, rec_id).surveys
        assert [(f.choices, f.share.count, f.share.n) for f in figures] == [(("1",), 2, 3)]
    out = tmp_path / "brief.xlsx"
    write_brief_xlsx(team.centre, out, rec_id=rec_id)
    cells = [str(c) for ws in load_workbook(out).worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]
    assert any("Biometric cards" in c for c in cells)
    # A survey whose column list itself is not a list: no figures, nothing broken.
    with team.centre.transaction() as s:
        s.execute(update(Survey).where(Survey.id == survey_id).values(columns={"q1": 0}))
    with team.centre.session() as s:
        assert support.support(s, rec_id).surveys == []
    write_brief_xlsx(team.centre, out, rec_id=rec_id)
