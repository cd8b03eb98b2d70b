"""A team update's or team file's row ids are plain ids, as a bundle's are.

A bundle's row id must be 1-36 letters, digits and hyphens (``change_records``); a published row's id
only had to be text, so an update signed with the central key could bring a code or consent clause whose
id held spaces, a path, Arabic letters, control characters or 37+ characters, or an empty one, and the
laptop stored it (an id every later bundle naming it would then be refused for). Now such a row is refused
whole in one line (``malformed``), the laptop's database file unchanged, and the next real update (or the
real team file) applied after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import codebook
from desktop.core.ids import new_id
from desktop.core.models import Code, Erasure
from desktop.sync import errors, keys
from desktop.sync.team import apply_team_update, current_team, join_team, write_team_update
from desktop.sync.team_file import write_team_file
from desktop.sync.team_snapshot import snapshot
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, published, team_told_a_form_and_a_code
from tests.team_copies import TeamTemplate, copy_team, team_template
from tests.trust_helpers import centre_hlc_ahead, file_digest, forged_team_update

BAD_IDS = {
    "empty": "",
    "37 characters": "a" * 37,
    "a space": "0198a7b2 0000",
    "a path": "../../etc/passwd",
    "arabic letters": "رمز-١",
    "a control character": "abc\x01def",
    "an underscore": "code_1",
    "a dot": "code.1",
}


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory) -> TeamTemplate:
    return team_template(tmp_path_factory, team_told_a_form_and_a_code)


@pytest.fixture
def team(told: TeamTemplate, tmp_path: Path) -> Iterator[Team]:
    """A laptop that applied the centre's first update (a form and a code): a copy of the module's
    (tests/team_copies.py)."""
    made = copy_team(told, tmp_path)
    yield made
    made.close()


@pytest.mark.parametrize("bad_id", BAD_IDS.values(), ids=BAD_IDS.keys())
@pytest.mark.parametrize("entity", ["code", "consent_clause"])
def test_a_row_id_that_is_not_plain_is_refused(team: Team, tmp_path: Path, entity: str, bad_id: str) -> None:
    laptop = team.devices[0]
    row = published(team, entity)[0]
    row["id"] = bad_id
    before = file_digest(laptop.path)
    forged = forged_team_update(team.centre, [{"entity": entity, "row": row}], tmp_path / "forged.majlis")
    with pytest.raises(errors.MalformedBundleError) as refused:
        apply_team_update(laptop, forged)
    assert file_digest(laptop.path) == before
    assert refused.value.code == "malformed" and "\n" not in refused.value.message
    assert bad_id not in refused.value.message or bad_id == ""
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="الهواء", name_en="Air")
    assert apply_team_update(laptop, write_team_update(team.centre, tmp_path / "next.majlis").path).changed >= 1
    with laptop.session() as s:
        assert {c.name_en for c in s.query(Code)} == {"Water", "Air"}


def _joined_after_refusal(team: Team, tmp_path: Path, spoil: Any) -> None:
    """A team file of the centre's rows spoilt by ``spoil(payload)``, signed with the central key: joining
    with it is refused in one line (malformed), the new laptop's database file unchanged; the real one joins."""
    with team.centre.session() as s:
        payload: dict[str, Any] = dict(snapshot(s))
        current = current_team(s)
    assert current is not None and current.central_signing_key
    spoil(payload)
    forged = write_team_file(tmp_path / "forged.majlis-team", team_id=current.id, team_name=current.name,
                             recipients=tuple(current.recipients),
                             central_signing_key=keys.load_signing_key(current.central_signing_key),
                             payload=payload)
    newcomer = fresh_store(tmp_path / "new.db", PASSPHRASE, "new laptop")
    try:
        before = file_digest(newcomer.path)
        with pytest.raises(errors.MalformedBundleError) as refused:
            join_team(newcomer, forged)
        assert file_digest(newcomer.path) == before
        assert refused.value.code == "malformed" and "\n" not in refused.value.message
        join_team(newcomer, team.team_file)
        with newcomer.session() as s:
            assert current_team(s) is not None
    finally:
        newcomer.close()


@pytest.mark.parametrize("bad_id", BAD_IDS.values(), ids=BAD_IDS.keys())
def test_a_team_file_with_a_row_id_that_is_not_plain_is_refused(team: Team, tmp_path: Path, bad_id: str) -> None:
    _joined_after_refusal(team, tmp_path, lambda payload: payload["code"][0].update(id=bad_id))


@pytest.mark.parametrize("row", [5, "code", None, ["id"]], ids=["a number", "text", "null", "a list"])
def test_a_team_file_whose_row_is_not_an_object_is_refused_in_one_line(team: Team, tmp_path: Path,
                                                                       row: Any) -> None:
    """It stopped joining with AttributeError (the wizard's "something went wrong", the CLI's error not
    foreseen, exit 70); a team update's lines are checked as they are read (not an entity row)."""
    _joined_after_refusal(team, tmp_path, lambda payload: payload["code"].append(row))


@pytest.mark.parametrize("bad_id", BAD_IDS.values(), ids=BAD_IDS.keys())
def test_an_erasure_whose_id_is_not_plain_is_refused(team: Team, tmp_path: Path, bad_id: str) -> None:
    """A team update's erasures are inserted as they come: their ids are checked as the published rows' are."""
    laptop = team.devices[0]
    erasure = {"id": bad_id, "created_at": centre_hlc_ahead(team.centre, 0), "origin_device": team.centre.device_id,
               "versions": {}, "data": {"participant_id": new_id(), "scope": "all", "erased_on": "2026-01-05",
                                        "reason": "", "deleted": False}}
    before = file_digest(laptop.path)
    forged = forged_team_update(team.centre, [{"entity": "erasure", "row": erasure}], tmp_path / "forged.majlis")
    with pytest.raises(errors.MalformedBundleError) as refused:
        apply_team_update(laptop, forged)
    assert file_digest(laptop.path) == before and "\n" not in refused.value.message
    with laptop.session() as s:
        assert s.query(Erasure).count() == 0
    assert apply_team_update(laptop, write_team_update(team.centre, tmp_path / "next.majlis").path).sequence == 2
