"""Team updates made by someone other than the team's centre, or made by it to change what a laptop
made itself. Each is refused in one line naming what it is, the laptop's database unchanged (file digest).

* An update signed with another key of the team (a coordinator laptop's own signing key, or any key
  that is not the central key enrolled here) was said to be "altered or damaged on the way. Copy it
  again from the centre": copying it again changes nothing, and nobody was told it was not the centre's.
* An update signed with the central key that changes this field laptop's own rows (its in-vivo code, its
  own consent form, a clause added to that form or moved into it), or brings a row in this laptop's name,
  was applied: the laptop's own work rewritten behind its back. The centre never sends a field laptop's
  rows (``team_snapshot.snapshot``'s publishers); a laptop's codes it merges or deletes travel as retired codes,
  which still apply.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from desktop.core import codebook, consent
from desktop.core.db import Store
from desktop.core.ids import new_id
from desktop.core.models import Code, Device
from desktop.sync import errors
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import apply_team_update, device_signing_key, write_team_update
from desktop.sync.team_snapshot import snapshot
from tests.consent_helpers import template_texts
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import centre_hlc_ahead, file_digest, forged_team_update


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=2, roles=("field", "coordinator"))
    apply_team_update(made.devices[0], write_team_update(made.centre, tmp_path / "u1.majlis").path)
    yield made
    made.close()


def _refused(laptop: Store, update: Path) -> errors.BundleError:
    before = file_digest(laptop.path)
    with pytest.raises(errors.BundleError) as refused:
        apply_team_update(laptop, update)
    assert file_digest(laptop.path) == before
    assert "\n" not in refused.value.message
    return refused.value


def test_an_update_signed_by_a_coordinators_key_is_said_to_be_not_the_centres(team: Team,
                                                                              tmp_path: Path) -> None:
    with team.centre.session() as s:
        lines = [{"entity": entity, "row": row} for entity, rows in snapshot(s).items() for row in rows]
    coordinator_key, _ = device_signing_key(team.devices[1])
    forged = forged_team_update(team.centre, lines, tmp_path / "forged.majlis", coordinator_key)
    refusal = _refused(team.devices[0], forged)
    assert refusal.code == "not_central_key"
    assert refusal.message == errors.NotCentralKeyError.default_message
    assert isinstance(refusal, errors.BadSignatureError)  # still one (callers that catch it)


def _own_row(laptop: Store, entity: str, row_id: str) -> dict[str, Any]:
    with laptop.session() as s:
        return next(r for r in snapshot(s, (entity,))[entity] if r["id"] == row_id)


def _own_code_renamed(team: Team, store: Store, out: Path) -> tuple[str, Path]:
    """A code ``store`` makes itself ("Water"), and an update signed with the central key renaming it."""
    with store.transaction() as s:
        own = codebook.create_code(s, name_ar="الماء", name_en="Water").id
    row = _own_row(store, "code", own)
    row["data"]["name_en"] = "Renamed elsewhere"
    row["versions"] = {**row["versions"], "name_en": centre_hlc_ahead(team.centre, 60_000)}
    return own, forged_team_update(team.centre, [{"entity": "code", "row": row}], out)


def test_an_update_that_renames_the_laptops_own_code_is_refused(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    own, renames = _own_code_renamed(team, laptop, tmp_path / "renames.majlis")
    refusal = _refused(laptop, renames)
    assert refusal.code == "update_changes_own_rows"
    with laptop.session() as s:
        code = s.get(Code, own)
        assert code is not None and code.name_en == "Water"


def test_an_update_that_changes_the_laptops_own_consent_form_is_refused(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    consent.publish_version(laptop, "hall-form", template_texts())  # a form of its own (working alone)
    with laptop.session() as s:
        form = consent.template_for(s, "hall-form", "ar")
        assert form is not None
        form_id = form.id
    row = _own_row(laptop, "consent_template", form_id)
    row["data"]["published"] = False
    row["versions"] = {**row["versions"], "published": centre_hlc_ahead(team.centre, 60_000)}
    refusal = _refused(laptop, forged_team_update(team.centre, [{"entity": "consent_template", "row": row}],
                                        tmp_path / "unpublishes.majlis"))
    assert refusal.code == "update_changes_own_rows"


def _own_form(laptop: Store) -> str:
    consent.publish_version(laptop, "hall-form", template_texts())  # a form of its own (working alone)
    with laptop.session() as s:
        form = consent.template_for(s, "hall-form", "ar")
        assert form is not None
        return form.id


def _clauses(laptop: Store, form_id: str) -> list[tuple[str, str]]:
    with laptop.session() as s:
        return sorted((c.clause_key, c.text) for c in consent.clauses(s, form_id))


def test_an_update_that_adds_a_clause_to_the_laptops_own_form_is_refused(team: Team, tmp_path: Path) -> None:
    """A clause is made with its form by the form's publisher: one the centre sends for a laptop's own
    form (in the centre's name) changed what that laptop's participants were asked."""
    laptop = team.devices[0]
    form_id = _own_form(laptop)
    before = _clauses(laptop, form_id)
    at = centre_hlc_ahead(team.centre, 60_000)
    added = {"id": new_id(), "created_at": at, "origin_device": team.centre.device_id, "versions": {},
             "data": {"template_id": form_id, "clause_key": "photo", "text": "التصوير", "required": True,
                      "position": 9.0, "deleted": False}}
    refusal = _refused(laptop, forged_team_update(team.centre, [{"entity": "consent_clause", "row": added}],
                                                  tmp_path / "adds.majlis"))
    assert refusal.code == "update_changes_own_rows"
    assert _clauses(laptop, form_id) == before


def test_an_update_that_moves_a_team_clause_into_the_laptops_own_form_is_refused(team: Team,
                                                                                 tmp_path: Path) -> None:
    laptop = team.devices[0]
    consent.publish_version(team.centre, consent.TEAM_FORM_KEY, template_texts())
    apply_team_update(laptop, write_team_update(team.centre, tmp_path / "u2.majlis").path)
    form_id = _own_form(laptop)
    before = _clauses(laptop, form_id)
    with team.centre.session() as s:
        row = snapshot(s, ("consent_clause",))["consent_clause"][0]
    row["data"]["template_id"] = form_id
    row["versions"] = {**row["versions"], "template_id": centre_hlc_ahead(team.centre, 60_000)}
    refusal = _refused(laptop, forged_team_update(team.centre, [{"entity": "consent_clause", "row": row}],
                                                  tmp_path / "moves.majlis"))
    assert refusal.code == "update_changes_own_rows"
    assert _clauses(laptop, form_id) == before


def test_an_update_that_brings_a_row_in_the_laptops_name_is_refused(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        own = codebook.create_code(s, name_ar="الماء", name_en="Water").id
    row = {**_own_row(laptop, "code", own), "id": new_id()}
    row["data"] = {**row["data"], "name_ar": "الكهرباء", "name_en": "Electricity"}
    in_its_name = forged_team_update(team.centre, [{"entity": "code", "row": row}], tmp_path / "named.majlis")
    refusal = _refused(laptop, in_its_name)
    assert refusal.code == "update_changes_own_rows"


def test_a_coordinator_laptop_still_takes_its_own_codes_back(team: Team, tmp_path: Path) -> None:
    """A coordinator laptop's codes are the team's (the centre publishes them): they come back to it."""
    coordinator = team.devices[1]
    apply_team_update(coordinator, write_team_update(team.centre, tmp_path / "to-coordinator.majlis").path)
    own, renames = _own_code_renamed(team, coordinator, tmp_path / "coord.majlis")
    assert apply_team_update(coordinator, renames).changed == 1
    with coordinator.session() as s:
        code = s.get(Code, own)
        assert code is not None and code.name_en == "Renamed elsewhere"


def test_a_laptop_made_a_coordinator_takes_its_code_changed_at_the_centre(team: Team, tmp_path: Path) -> None:
    """The update that makes a field laptop a coordinator carries its codes (now published), as changed
    there."""
    laptop = team.devices[0]
    with laptop.transaction() as s:
        own = codebook.create_code(s, name_ar="الماء", name_en="Water").id
    made = export_bundle(laptop, tmp_path / "laptop.majlis")
    assert made is not None
    [outcome] = import_files(team.centre, [made.path], team.identities)
    assert outcome.status == "imported", outcome.message
    with team.centre.transaction() as s:
        codebook.update_code(s, own, name_en="Water supply")
        s.execute(update(Device).where(Device.id == laptop.device_id).values(role="coordinator"))
    applied = apply_team_update(laptop, write_team_update(team.centre, tmp_path / "promotes.majlis").path)
    assert applied.role == "coordinator"
    with laptop.session() as s:
        code = s.get(Code, own)
        assert code is not None and code.name_en == "Water supply"
