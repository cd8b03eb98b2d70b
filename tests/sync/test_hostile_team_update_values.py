"""A team update (signed with the central key) whose published rows do not fit their columns.

A bundle's every field is checked against its column before anything is written (``values.py``); a team
update's rows were not. A consent form's version too large for the database stopped the import with
OverflowError, and an empty one with the database's IntegrityError: a traceback, not a line. A version
past a bundle's integers, negative, written as text, a fraction or ``true`` was written into the laptop's
consent form (numbering its re-consent marks by it). A field's time that is not an HLC ("zzzz") was kept:
times are compared as text, so that field then won over every later update of the real centre. Each is
now refused whole in one line (``malformed``), the laptop's database file unchanged, and the centre's
next real update is applied. (The team file's rows go through the same ``team_snapshot.apply_snapshot``.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import consent
from desktop.core.models import Code
from desktop.sync import errors
from desktop.sync.team import apply_team_update, write_team_update
from tests.consent_helpers import template_texts
from tests.sync_helpers import Team, published, team_told_a_form_and_a_code
from tests.trust_helpers import file_digest, forged_team_update

BAD_VERSIONS = {
    "too large for the database": 10**20,
    "past a bundle's integers": 2**31,
    "empty": None,
    "negative": -1,
    "text": "3",
    "fraction": 1.5,
    "true": True,
}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = team_told_a_form_and_a_code(tmp_path)
    yield made
    made.close()


def _refused_then_the_next_applied(team: Team, tmp_path: Path, lines: list[dict[str, Any]]) -> None:
    laptop = team.devices[0]
    before = file_digest(laptop.path)
    forged = forged_team_update(team.centre, lines, tmp_path / "forged.majlis")
    with pytest.raises(errors.MalformedBundleError) as refused:
        apply_team_update(laptop, forged)
    assert file_digest(laptop.path) == before
    assert "\n" not in refused.value.message and refused.value.code == "malformed"
    assert consent.publish_version(team.centre, consent.TEAM_FORM_KEY, template_texts()) == 2
    assert apply_team_update(laptop, write_team_update(team.centre, tmp_path / "next.majlis").path).forms[0] == 1


@pytest.mark.parametrize("version", BAD_VERSIONS.values(), ids=BAD_VERSIONS.keys())
@pytest.mark.parametrize("new", [True, False], ids=["a new form", "the form held"])
def test_a_consent_form_version_that_does_not_fit_is_refused(team: Team, tmp_path: Path, version: Any,
                                                             new: bool) -> None:
    rows = published(team, "consent_template")
    for row in rows:
        row["data"]["version"] = version
        if new:
            row["id"] = row["id"][:-4] + "beef"
    _refused_then_the_next_applied(team, tmp_path, [{"entity": "consent_template", "row": row} for row in rows])


def test_a_time_that_is_not_an_hlc_is_refused(team: Team, tmp_path: Path) -> None:
    [row] = published(team, "code")
    row["data"]["name_en"] = "Renamed for ever"
    row["versions"] = {**row["versions"], "name_en": "zzzz"}
    _refused_then_the_next_applied(team, tmp_path, [{"entity": "code", "row": row}])
    with team.devices[0].session() as s:
        code = s.get(Code, row["id"])
        assert code is not None and code.name_en == "Water"
