"""On a laptop in a team the centre's codes are the centre's: renaming, describing, moving, merging
away or deleting one was allowed there, and the centre then refused the laptop's whole bundle
(published_row, "Nothing was imported"), and with it the sessions and codings recorded beside the
change. The laptop now refuses the change in one translated line, still codes with the team's codes,
and places, merges and deletes its own codes among them without touching them, so its bundle is
imported whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.codebook import CodebookError
from desktop.core.db import Store
from desktop.core.models import ChangeLog, Code
from desktop.exports import refi_qda
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, write_team_update
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    with made.centre.transaction() as s:
        trust = codebook.create_code(s, name_en="Trust", definition="Said of institutions")
        codebook.create_code(s, name_en="Parties")
        codebook.create_code(s, name_en="Elections", parent_id=trust.id)
    import_team_update(made.devices[0], write_team_update(made.centre, tmp_path / "u1.majlis").path)
    yield made
    made.close()


def _team_code(store: Store, name: str) -> str:
    with store.session() as s:
        return s.execute(select(Code.id).where(Code.name_en == name)).scalar_one()


def _codes(store: Store) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(select(Code.name_en, Code.parent_id, Code.position, Code.definition,
                                                   Code.deleted).order_by(Code.id)).all()]


def _logged(store: Store) -> int:
    with store.session() as s:
        return len(s.execute(select(ChangeLog.id)).all())


def test_the_team_codes_are_refused_in_one_translated_line(team: Team) -> None:
    from desktop.i18n.catalogue import translate

    laptop = team.devices[0]
    trust, parties = _team_code(laptop, "Trust"), _team_code(laptop, "Parties")
    before, logged = _codes(laptop), _logged(laptop)
    attempts = [
        lambda s: codebook.rename(s, trust, "en", "Trust (mine)"),
        lambda s: codebook.update_code(s, trust, definition="my own"),
        lambda s: codebook.move(s, parties, trust),
        lambda s: codebook.reorder(s, parties, 0),
        lambda s: codebook.merge(s, parties, trust),
        lambda s: codebook.delete(s, parties),
    ]
    for attempt in attempts:
        with pytest.raises(CodebookError) as refused, laptop.transaction() as s:
            attempt(s)
        said = str(refused.value)
        assert "team" in said and translate("ar", codebook.CONTEXT, said) != said
        assert translate("ckb", codebook.CONTEXT, said) != said
    assert _codes(laptop) == before and _logged(laptop) == logged


def test_the_laptops_own_codes_among_the_team_codes_travel_whole(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    trust, parties = _team_code(laptop, "Trust"), _team_code(laptop, "Parties")
    team_rows = _codes(laptop)
    with laptop.transaction() as s:
        mine = codebook.create_code(s, name_en="Distrust of parties", definition="mine")
        spare = codebook.create_code(s, name_en="Spare", parent_id=trust)
        other = codebook.create_code(s, name_en="To merge", definition="words of mine")
    with laptop.transaction() as s:
        codebook.move(s, mine.id, None, 1)  # between the two team codes at the top
        codebook.move(s, mine.id, trust, 0)  # before the team's sub-code
        codebook.merge(s, other.id, parties)  # into a team code with no definition
        codebook.delete(s, spare.id)
    with laptop.session() as s:
        placed = s.get(Code, mine.id)
        assert placed is not None and placed.parent_id == trust
    assert [row for row in _codes(laptop) if row[0] in ("Trust", "Parties", "Elections")] == team_rows
    made = export_bundle(laptop, tmp_path / "b.majlis")
    assert made is not None
    (outcome,) = import_files(team.centre, [made.path], team.identities)
    assert (outcome.status, outcome.code) == ("imported", ""), outcome.message
    with team.centre.session() as s:
        assert s.get(Code, mine.id) is not None


def test_importing_the_centres_codebook_on_a_laptop_leaves_the_team_codes_alone(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    with team.centre.session() as s:
        qdc = refi_qda.export_codebook(s)
    with team.centre.transaction() as s:  # the centre goes on: the codebook file is now older
        codebook.update_code(s, _team_code(team.centre, "Trust"), definition="Said of the state's institutions")
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u2.majlis").path)
    before = _codes(laptop)
    with laptop.transaction() as s:
        refi_qda.import_codebook(s, qdc)
    assert _codes(laptop) == before
    assert export_bundle(laptop, tmp_path / "after-qdc.majlis") is None  # nothing of the team's to send


def test_the_centre_and_a_database_alone_still_edit_every_code(team: Team) -> None:
    trust = _team_code(team.centre, "Trust")
    with team.centre.transaction() as s:
        codebook.rename(s, trust, "en", "Trust in institutions")
        codebook.move(s, _team_code(team.centre, "Parties"), trust)


def test_the_team_organisations_too(team: Team, tmp_path: Path) -> None:
    """The same trap with an organisation the centre published: refused on the laptop (nothing
    logged), the laptop's own organisation edited and its bundle imported whole."""
    from desktop.core import organisations
    from desktop.core.errors import ValidationError

    theirs = organisations.create(team.centre, "Basra Youth Forum", "cso", "basra")
    laptop = team.devices[0]
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u-org.majlis").path)
    logged = _logged(laptop)
    with pytest.raises(ValidationError) as refused:
        organisations.update(laptop, theirs, "Basra Youth Forum (ours)", "cso", "basra")
    assert refused.value.details.get("field") == "team" and _logged(laptop) == logged
    mine = organisations.create(laptop, "Zubair women's group", "cso", "basra")
    organisations.update(laptop, mine, "Zubair Women's Group", "cso", "basra")
    organisations.update(team.centre, theirs, "Basra Youth Forum", "federation", "basra")  # the centre may
    made = export_bundle(laptop, tmp_path / "orgs.majlis")
    assert made is not None
    (outcome,) = import_files(team.centre, [made.path], team.identities)
    assert (outcome.status, outcome.code) == ("imported", ""), outcome.message


def test_the_team_consent_form_gets_new_versions_at_the_centre_only(team: Team, tmp_path: Path) -> None:
    """A laptop's own "new version" of the team's form stood beside the centre's next one under the
    same number, reached no other laptop, and its participants were asked again on a form the team
    never published. Refused on the laptop; the laptop's own forms and the centre as before."""
    from desktop.core import consent

    form = {"ar": consent.TemplateText(title="نموذج الفريق", body="", signature_meaning="",
                                       clauses=[consent.ClauseSpec("participate", "أوافق", True)])}
    consent.publish_version(team.centre, consent.TEAM_FORM_KEY, form)
    laptop = team.devices[0]
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u-form.majlis").path)
    logged = _logged(laptop)
    with pytest.raises(consent.ConsentInvalid) as refused:
        consent.publish_version(laptop, consent.TEAM_FORM_KEY, form)
    assert refused.value.code == "team_form" and _logged(laptop) == logged
    assert consent.publish_version(laptop, "basra-youth-consent", form) == 1  # a form of its own: as before
    assert consent.publish_version(team.centre, consent.TEAM_FORM_KEY, form) == 2
