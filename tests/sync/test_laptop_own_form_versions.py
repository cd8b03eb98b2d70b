"""A field laptop's own consent form under a key the centre publishes too (``session-consent``: the
laptop published it before the team's form reached it) reaches the centre in its bundle, as any of
its rows. A form is told by its key AND its publisher (the centre and its coordinators, or that one
laptop): the laptop's versions are not the team's. Before, the centre's queries mixed them: the form a
participant signed at the centre was the laptop's, the team's newest version was the laptop's number
(the next one the coordinator published skipped to it, the editor started from the laptop's words),
and consents on the team's current version arriving from another laptop were marked "re-consent
needed". Through the real bundle writer and importer and real team updates."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.core import consent, consent_changes, consent_views
from desktop.core.db import Store
from desktop.core.device_label import device_label
from desktop.core.models import ConsentTemplate, Participant
from desktop.exports import xlsx_words as words
from desktop.exports.enum_labels import enum_label
from desktop.exports.xlsx import export_xlsx
from desktop.sync.bundle_reader import read_team_update
from desktop.sync.devices import preregister
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import public_key_b64
from desktop.sync.team import (
    device_signing_key,
    import_team_update,
    join_team,
    write_current_team_file,
    write_team_update,
)
from desktop.sync.team_file import read_team_file
from tests.conftest import PASSPHRASE
from tests.consent_helpers import arabic_form
from tests.stores import fresh_store
from tests.sync_helpers import Team, make_team
from tests.team_copies import team_copy_fixture

FORM = consent.TEAM_FORM_KEY


team = team_copy_fixture(devices=2)


def _words(title: str) -> dict[str, consent.TemplateText]:
    """The form's words, each version's own (the title in its text and clause)."""
    return arabic_form(title, agree=f"أوافق على المشاركة ({title})", body=f"نص {title}", quote=True)


def _person(store: Store, code: str) -> str:
    with store.transaction() as s:
        person = Participant(code=code)
        s.add(person)
        s.flush()
        return person.id


def _sign(store: Store, participant_id: str, template_id: str) -> None:
    consent.record_consent(store, participant_id, None, template_id, {"participate": True, "quote": True}, "paper",
                           facilitator="F1")


def _form_id(store: Store, version: int, title: str) -> str:
    with store.session() as s:
        found = s.scalars(select(ConsentTemplate.id).where(ConsentTemplate.template_key == FORM,
                                                           ConsentTemplate.version == version,
                                                           ConsentTemplate.title == title)).one()
        return str(found)


def _send(team: Team, laptop: Store, out: Path) -> None:
    made = export_bundle(laptop, out)
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]


def _marked(store: Store, participant_id: str) -> bool:
    with store.session() as s:
        person = s.get(Participant, participant_id)
        assert person is not None
        return person.reconsent_needed


def _signs_next(store: Store, participant_id: str) -> tuple[int, str]:
    with store.session() as s:
        form = consent.template_for_participant(s, participant_id)
        assert form is not None
        return form.version, form.title


@pytest.fixture
def laptop_form_at_the_centre(team: Team, tmp_path: Path) -> dict[str, str]:
    """The team's form v1 (applied on laptop 2 only); laptop 1's own ``session-consent`` v1..v3 and a
    consent on its v3, then laptop 2's consent on the team's v1, both imported at the centre."""
    own, other = team.devices
    stick = tmp_path / "stick"
    stick.mkdir()
    consent.publish_version(team.centre, FORM, _words("TEAM 1"))
    import_team_update(other, write_team_update(team.centre, stick).path)
    for n in (1, 2, 3):  # before the team's form reached it: allowed, its own form
        assert consent.publish_version(own, FORM, _words(f"LAPTOP {n}")) == n
    on_own = _person(own, "BSR-FG01-P01")
    _sign(own, on_own, _form_id(own, 3, "LAPTOP 3"))
    _send(team, own, tmp_path / "own.majlis")
    on_team = _person(other, "BSR-FG02-P01")
    _sign(other, on_team, _form_id(other, 1, "TEAM 1"))
    assert not _marked(other, on_team)
    _send(team, other, tmp_path / "other.majlis")
    return {"on_own": on_own, "on_team": on_team, "stick": str(stick)}


def test_the_centre_counts_only_the_teams_versions(team: Team, laptop_form_at_the_centre: dict[str, str]) -> None:
    centre, ids = team.centre, laptop_form_at_the_centre
    with centre.session() as s:
        assert consent.latest_version(s, FORM) == 1  # was 3: the laptop's
        chosen = consent.template_for(s, FORM, "ar")
        assert chosen is not None and chosen.title == "TEAM 1"  # was LAPTOP 3: signed at the centre
        assert consent.newest_versions(s) == {FORM: 1}
        assert consent_views.template_texts(s, FORM)["ar"].title == "TEAM 1"  # the editor's start
        register = {r.participant_id: r for r in consent.register(s)}
    assert not _marked(centre, ids["on_team"])  # on the team's newest: was marked (1 < the laptop's 3)
    assert register[ids["on_team"]].asked_version == 0
    # The laptop's own form stays shown for its participant's record, on its own version.
    assert (register[ids["on_own"]].version, register[ids["on_own"]].asked_version) == (3, 0)
    assert not _marked(centre, ids["on_own"])

    here = _person(centre, "BSR-FG09-P01")  # a consent taken at the centre, on the team's form
    with centre.session() as s:
        form = consent.template_for_participant(s, here)
        assert form is not None and (form.version, form.title) == (1, "TEAM 1")
        form_id = form.id
    _sign(centre, here, form_id)
    assert not _marked(centre, here)


def test_the_next_team_version_and_update_leave_the_laptops_form_its_own(
        team: Team, laptop_form_at_the_centre: dict[str, str], tmp_path: Path) -> None:
    centre, (own, other), ids = team.centre, team.devices, laptop_form_at_the_centre
    stick = Path(ids["stick"])
    assert consent.publish_version(centre, FORM, _words("TEAM 2")) == 2  # was 4, after the laptop's 3
    assert _marked(centre, ids["on_team"])  # on the team's v1: asked again
    assert not _marked(centre, ids["on_own"])  # the laptop's own form is another form
    update = write_team_update(centre, stick).path
    carried = [line["row"] for line in read_team_update(update, _verify_key(centre), expected_team_id=None)
               .changes if line.get("entity") == "consent_template"]
    assert {(row["data"]["version"], row["data"]["title"]) for row in carried} == {(1, "TEAM 1"), (2, "TEAM 2")}
    write_current_team_file(centre, tmp_path / "now.majlis-team")  # nor in the team file a new laptop joins with
    in_file = read_team_file(tmp_path / "now.majlis-team").payload["consent_template"]
    assert {(row["data"]["version"], row["data"]["title"]) for row in in_file} == {(1, "TEAM 1"), (2, "TEAM 2")}

    import_team_update(other, update)
    with other.session() as s:
        assert consent.latest_version(s, FORM) == 2
    assert _marked(other, ids["on_team"])
    assert _signs_next(other, ids["on_team"]) == (2, "TEAM 2")

    # The laptop whose form it was: the team's form now comes first, its own versions stay its own.
    first, second = sorted(stick.iterdir(), key=lambda p: p.stat().st_mtime_ns)
    import_team_update(own, first)
    assert _signs_next(own, ids["on_own"]) == (1, "TEAM 1")  # was its own v3, numbered higher
    import_team_update(own, second)
    assert _signs_next(own, ids["on_own"]) == (2, "TEAM 2")  # not its own v3, though numbered higher
    assert not _marked(own, ids["on_own"])
    with own.session() as s:
        mine = {r.participant_id: r for r in consent.register(s)}[ids["on_own"]]
    assert (mine.version, mine.asked_version) == (3, 0)
    later = _person(own, "BSR-FG01-P02")
    _sign(own, later, _form_id(own, 2, "TEAM 2"))
    assert not _marked(own, later)  # on the team's newest: not older than the laptop's own v3
    _send(team, own, tmp_path / "own-2.majlis")
    assert not _marked(centre, later)


def test_what_changed_is_said_within_one_form(team: Team, laptop_form_at_the_centre: dict[str, str]) -> None:
    """Re-consent says what changed since the version a participant signed: between two of the team's
    versions, never against the laptop's own text of the same number, nor from a laptop's own version
    to the team's (another form)."""
    centre, own, stick = team.centre, team.devices[0], Path(laptop_form_at_the_centre["stick"])
    (first,) = stick.iterdir()
    import_team_update(own, first)
    on_team_1, on_own_1 = _person(own, "BSR-FG01-P03"), _person(own, "BSR-FG01-P04")
    _sign(own, on_team_1, _form_id(own, 1, "TEAM 1"))
    _sign(own, on_own_1, _form_id(own, 1, "LAPTOP 1"))
    assert not _marked(own, on_team_1)  # the team's newest: was marked (1 < its own 3)
    assert _marked(own, on_own_1)  # its own form's v1, older than its own v3
    consent.publish_version(centre, FORM, _words("TEAM 2"))
    import_team_update(own, write_team_update(centre, stick).path)
    assert _marked(own, on_team_1)
    team_2 = _form_id(own, 2, "TEAM 2")
    with own.session() as s:
        changed = consent_changes.since_last_consent(s, on_team_1, team_2)
        assert changed is not None and (changed.agreed_version, changed.current_version) == (1, 2)
        assert [(c.clause_key, c.before) for c in changed.changes] == [("participate", "أوافق على المشاركة (TEAM 1)")]
        assert consent_changes.since_last_consent(s, on_own_1, team_2) is None  # another form: a first signature


def _verify_key(centre: Store) -> str:
    from desktop.sync.team import current_team

    with centre.session() as s:
        found = current_team(s)
        assert found is not None
        return str(found.central_verify_key)


def test_a_laptop_that_worked_alone_joins_with_its_own_form(team: Team, tmp_path: Path) -> None:
    """Its own ``session-consent`` v1, v2 made before it joined: the team file's v1 is signed next there,
    its participants stay consented on its own form, and the centre's versions stay the team's."""
    consent.publish_version(team.centre, FORM, _words("TEAM 1"))
    team_file = tmp_path / "now.majlis-team"
    write_current_team_file(team.centre, team_file)
    alone = fresh_store(tmp_path / "alone.db", PASSPHRASE, "alone laptop")
    try:
        for n in (1, 2):
            assert consent.publish_version(alone, FORM, _words(f"LAPTOP {n}")) == n
        person = _person(alone, "BSR-FG05-P01")
        _sign(alone, person, _form_id(alone, 2, "LAPTOP 2"))
        join_team(alone, team_file)
        assert _signs_next(alone, person) == (1, "TEAM 1")  # was its own v2, numbered higher
        assert not _marked(alone, person)
        newcomer = _person(alone, "BSR-FG05-P02")
        _sign(alone, newcomer, _form_id(alone, 1, "TEAM 1"))
        assert not _marked(alone, newcomer)  # was marked: 1 < its own 2
        preregister(team.centre, alone.device_id, public_key_b64(device_signing_key(alone)[0]), "alone laptop")
        _send(team, alone, tmp_path / "alone.majlis")
    finally:
        alone.close()
    with team.centre.session() as s:
        assert consent.latest_version(s, FORM) == 1
    assert not _marked(team.centre, newcomer)
    assert consent.publish_version(team.centre, FORM, _words("TEAM 2")) == 2


def test_a_coordinators_laptop_merging_a_field_laptops_form(tmp_path: Path) -> None:
    """A coordinator's laptop merges field laptops' bundles as the centre does: a field laptop's own form
    there is that laptop's, not the team's."""
    team = make_team(tmp_path, devices=2, roles=("coordinator", "field"))
    try:
        second, field = team.devices
        consent.publish_version(team.centre, FORM, _words("TEAM 1"))
        import_team_update(second, write_team_update(team.centre, tmp_path / "u1.majlis").path)
        for n in (1, 2, 3):
            consent.publish_version(field, FORM, _words(f"LAPTOP {n}"))
        consent.publish_version(field, "field-only", _words("FIELD ONLY"))
        on_own = _person(field, "BSR-FG06-P01")
        _sign(field, on_own, _form_id(field, 3, "LAPTOP 3"))
        made = export_bundle(field, tmp_path / "field.majlis")
        assert made is not None
        assert [o.status for o in import_files(second, [made.path], team.identities)] == ["imported"]
        with second.session() as s:
            assert consent.latest_version(s, FORM) == 1  # was 3
            chosen = consent.template_for(s, FORM, "ar")
            assert chosen is not None and chosen.title == "TEAM 1"
            row = {r.participant_id: r for r in consent.register(s)}[on_own]
        assert (row.version, row.asked_version) == (3, 0)
        here = _person(second, "BSR-FG06-P02")
        _sign(second, here, _form_id(second, 1, "TEAM 1"))
        assert not _marked(second, here)
        # The centre's next update carries the team's v1 (ar) again: the field laptop's own v1 (ar) here
        # is another form, not a copy the centre replaced (it was unpublished, and its signers asked again).
        consent.publish_version(team.centre, FORM, _words("TEAM 2"))
        import_team_update(second, write_team_update(team.centre, tmp_path / "u2.majlis").path)
        with second.session() as s:
            laptops_v1 = s.get(ConsentTemplate, _form_id(second, 1, "LAPTOP 1"))
            assert laptops_v1 is not None and laptops_v1.published
            assert not consent.is_team_form(s, "field-only")  # a field laptop's own key is not the team's here
        assert not _marked(second, on_own)
    finally:
        team.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_centres_workbook_names_the_laptops_own_form(team: Team, laptop_form_at_the_centre: dict[str, str],
                                                         tmp_path: Path, lang: str) -> None:
    """The consent sheet said "Team form" version 3 for the record on the laptop's own v3 (the team's is v1)."""
    out = tmp_path / f"centre-{lang}.xlsx"
    export_xlsx(team.centre, out, lang=lang)
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = list(book[words.sheet_name(lang, words.SHEET_CONSENT)].iter_rows(values_only=True))
    finally:
        book.close()
    form, version = rows[0].index(words.word(lang, words.TEMPLATE)), rows[0].index(words.word(lang, words.VERSION))
    named = {(row[form], row[version]) for row in rows[1:]}
    team_form = enum_label("form", FORM, lang)
    laptop = device_label("field laptop 1", team.devices[0].device_id, lang)
    assert (team_form, 1) in named  # laptop 2's record on the team's v1
    assert (team_form, 3) not in named
    (own,) = [name for name, number in named if number == 3]  # laptop 1's record on its own v3
    assert laptop in own and team_form not in own
