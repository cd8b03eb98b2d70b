"""A laptop's bundle cannot add a clause to the team's consent form.

A consent form is its template rows and their clause rows. The ownership rule looked at each row alone:
a clause the laptop makes is its own row, so a bundle could make one that names the team's published
form (whose id every laptop holds from the team update) and the centre took it as a clause of that form:
shown in its consent screens and papers, asked (required, say) when the centre records consent, and
carried into the next version its coordinator publishes from the current one. Through the real writer
and importer, with the keys of a rostered field laptop and of a second coordinator's laptop (who also
changes the team's form only through the centre): a clause made on the team's form, and a laptop's own
clause moved onto it, are each refused whole (published_row: one translated line, every table of the
centre unchanged, the next file imported). A laptop's clause on its own form is still taken.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import consent
from desktop.core.consent_forms import clauses
from desktop.core.models import ConsentClause, ConsentTemplate
from desktop.sync.importer import import_files
from desktop.sync.team import apply_team_update, write_team_update
from tests.consent_helpers import template_texts
from tests.sync.test_consent_only_tightens import _by, _forged, _refused_whole
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    """The team's form published at the centre and applied on every laptop (devices[2]: a coordinator's)."""
    t = make_team(tmp_path, devices=3, roles=("field", "field", "coordinator"))
    consent.publish_version(t.centre, consent.TEAM_FORM_KEY, template_texts())
    update = write_team_update(t.centre, tmp_path / "u1.majlis").path
    for laptop in t.devices:
        apply_team_update(laptop, update)
    yield t
    t.close()


def _teams_form(team: Team) -> str:
    with team.devices[0].session() as s:
        return s.scalars(select(ConsentTemplate.id).where(ConsentTemplate.language == "ar")).one()


def _clause(template_id: str, **overrides: Any) -> dict[str, Any]:
    data = {"template_id": template_id, "clause_key": "share", "text": "أوافق على مشاركة بياناتي مع جهات أخرى",
            "required": True, "position": 0.5, "deleted": False}
    return data | overrides


def _keys_of(team: Team, template_id: str) -> list[str]:
    with team.centre.session() as s:
        return [c.clause_key for c in clauses(s, template_id)]


@pytest.mark.parametrize("laptop", [0, 2], ids=["field laptop", "second coordinator"])
def test_a_clause_made_on_the_teams_form_is_refused(team: Team, tmp_path: Path, laptop: int) -> None:
    form = _teams_form(team)
    before = _keys_of(team, form)
    forged = _forged(team, tmp_path, laptop, [_by(team, laptop, "consent_clause", "insert", _clause(form))],
                     "clause.majlis")
    _refused_whole(team, tmp_path, forged, "published_row")
    assert _keys_of(team, form) == before


def test_a_laptops_own_clause_is_not_moved_onto_the_teams_form(team: Team, tmp_path: Path) -> None:
    form = _teams_form(team)
    own_form = {"template_key": "alone", "version": 1, "language": "ar", "title": "استمارتي", "body": "",
                "signature_meaning": "", "published": True, "deleted": False}
    made = [_by(team, 0, "consent_template", "insert", own_form, row_id="0190f3a2-7c1e-7a3b-9d2e-0000000000f1",
                seq=1),
            _by(team, 0, "consent_clause", "insert", _clause("0190f3a2-7c1e-7a3b-9d2e-0000000000f1"),
                row_id="0190f3a2-7c1e-7a3b-9d2e-0000000000c1", seq=2)]
    (outcome,) = import_files(team.centre, [_forged(team, tmp_path, 0, made, "own.majlis")], team.identities)
    assert outcome.status == "imported", outcome  # its own clause on its own form: its rows like any other
    assert _keys_of(team, "0190f3a2-7c1e-7a3b-9d2e-0000000000f1") == ["share"]
    before = _keys_of(team, form)
    moved = _by(team, 0, "consent_clause", "update", {"template_id": form},
                row_id="0190f3a2-7c1e-7a3b-9d2e-0000000000c1", seq=3)
    _refused_whole(team, tmp_path, _forged(team, tmp_path, 0, [moved], "moved.majlis"), "published_row")
    assert _keys_of(team, form) == before
    with team.centre.session() as s:
        kept = s.get(ConsentClause, "0190f3a2-7c1e-7a3b-9d2e-0000000000c1")
        assert kept is not None and kept.template_id == "0190f3a2-7c1e-7a3b-9d2e-0000000000f1"
