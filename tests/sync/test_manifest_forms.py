"""A bundle's manifest names the team's form texts its laptop holds (``forms``: id, key, version,
language), so a centre restored onto another computer learns the versions it published and lost
(tests/sync/test_restored_centre_on_another_computer.py). The list is checked as every value a bundle
carries: a list Majlis never writes (a version of 0 or past a bundle's integers, a key longer than its
column or on two lines, an id that is no row id, more than FORMS_MAX entries) refuses the bundle in one
line (bad_manifest), nothing written; the next file is imported. A team update and a laptop's own forms
(its rows, which travel as rows) are not named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.core import consent, migrate, published_forms
from desktop.core.models import ConsentTemplate, ReportedForm, Session
from desktop.core.published_forms import FORMS_MAX, SentForm
from desktop.sync.bundle_format import write_bundle
from desktop.sync.bundle_reader import read_bundle
from desktop.sync.errors import BadManifestError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.manifest import Manifest, parse_manifest
from desktop.sync.team import current_team
from desktop.sync.values import INT_MAX
from tests.conftest import PASSPHRASE
from tests.consent_helpers import template_texts
from tests.sync_helpers import Team, team_told_a_form_and_a_code
from tests.trust_helpers import change, file_digest, laptop_key, participant_data

ID = "0190f0aa-0000-7000-8000-0000000000aa"
BAD_FORMS: dict[str, Any] = {
    "version 0": {ID: {"key": "session-consent", "version": 0, "language": "ar"}},
    "version past a bundle's integers": {ID: {"key": "session-consent", "version": INT_MAX + 1, "language": "ar"}},
    "version true": {ID: {"key": "session-consent", "version": True, "language": "ar"}},
    "version text": {ID: {"key": "session-consent", "version": "3", "language": "ar"}},
    "key past its column": {ID: {"key": "k" * 61, "version": 3, "language": "ar"}},
    "key on two lines": {ID: {"key": "session\nconsent", "version": 3, "language": "ar"}},
    "no language": {ID: {"key": "session-consent", "version": 3}},
    "an id that is no row id": {"../x": {"key": "session-consent", "version": 3, "language": "ar"}},
    "an entry that is no object": {ID: 3},
    "a list": [ID],
    "too many": {f"f{n}": {"key": "k", "version": 1, "language": "ar"} for n in range(FORMS_MAX + 1)},
}


def _manifest(**changed: Any) -> Manifest:
    return Manifest(kind="changes", schema_revision="", app_version="0", team_id="t", device_id="d",
                    device_name="n", device_public_key="k", epoch=1, recipients=(), seq_from=1, seq_to=1,
                    prev_bundle_hash=None, created="2026-12-06T09:00:00Z", change_count=0, attachment_count=0,
                    members={}, **changed)


def test_the_forms_a_manifest_names_are_read_as_written() -> None:
    forms = {ID: SentForm("session-consent", 3, "ckb"), "x-1": SentForm("خ" * 60, INT_MAX, "ar")}
    assert parse_manifest(_manifest(forms=forms).to_json_bytes()).forms == forms
    bare = _manifest().to_json_bytes()
    assert b'"forms"' not in bare and parse_manifest(bare).forms == {}  # as before: a Majlis before it reads it


def test_a_manifest_key_this_majlis_does_not_know_is_ignored() -> None:
    # What lets a centre one version behind read an upgraded laptop's bundle: the Majlis before ``forms``
    # read its manifests this way (its parse_manifest reads the keys it knows), and so must this one.
    raw = json.loads(_manifest(forms={ID: SentForm("session-consent", 3, "ar")}).to_json_bytes())
    raw["a key from a later Majlis"] = {"anything": [1, 2]}
    assert parse_manifest(json.dumps(raw).encode()).forms == {ID: SentForm("session-consent", 3, "ar")}


@pytest.mark.parametrize("forms", BAD_FORMS.values(), ids=BAD_FORMS.keys())
def test_a_form_list_majlis_never_writes_is_refused(forms: Any) -> None:
    raw = json.loads(_manifest().to_json_bytes())
    raw["forms"] = forms
    with pytest.raises(BadManifestError):
        parse_manifest(json.dumps(raw).encode())


def test_a_laptops_bundle_names_the_team_forms_it_holds_and_the_centre_keeps_them(tmp_path: Path) -> None:
    team = team_told_a_form_and_a_code(tmp_path)
    try:
        laptop = team.devices[0]
        own = consent.publish_version(laptop, "laptop-own-form", {"ar": template_texts()["ar"]})
        assert own == 1
        with laptop.transaction() as s:
            s.add(Session(kind="roundtable", title="طاولة البصرة"))
        with laptop.session() as s:
            teams = {t.id: SentForm(t.template_key, t.version, t.language) for t in s.scalars(
                select(ConsentTemplate).where(ConsentTemplate.template_key == consent.TEAM_FORM_KEY))}
        assert teams
        made = export_bundle(laptop, tmp_path / "laptop.majlis")
        assert made is not None
        assert read_bundle(made.path, team.identities).manifest.forms == teams  # not the laptop's own form
        [outcome] = import_files(team.centre, [made.path], team.identities)
        assert outcome.status == "imported", outcome.message
        with team.centre.session() as s:
            assert set(s.scalars(select(ReportedForm.id))) == set(teams)
            assert published_forms.lost_forms(s) == {}  # all held here: nothing lost
            # Merged here, the laptop's own form is not the team's: never named as held by the team.
            assert s.scalar(select(func.count()).where(ConsentTemplate.template_key == "laptop-own-form")) == 1
            assert set(published_forms.held_forms(s, team.centre.device_id)) <= set(teams)
    finally:
        team.close()


def _forged(team: Team, forms: dict[str, SentForm], seq: int, out: Path) -> Path:
    laptop = team.devices[0]
    with team.centre.session() as s:
        current = current_team(s)
        assert current is not None
        recipients, team_id = list(current.recipients), current.id
    rec = change("participant", "insert", participant_data(code=f"BSR-FG01-P{seq:02d}"),
                 device=laptop.device_id, seq=seq)
    out.write_bytes(write_bundle(
        [rec], {}, kind="changes", team_id=team_id, device_id=laptop.device_id, device_name="field laptop",
        epoch=10, seq_from=seq, seq_to=seq, prev_bundle_hash=None, schema_revision=migrate.bundle_revision(laptop.engine),
        app_version="0.1.0", recipients=recipients, signing_key=laptop_key(laptop), forms=forms))
    return out


def test_a_bundle_naming_a_bad_form_is_refused_in_one_line_and_the_next_imported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    team = team_told_a_form_and_a_code(tmp_path)
    try:
        team.centre.close()
        monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
        bad = _forged(team, {ID: SentForm("session-consent", 0, "ar")}, 1, tmp_path / "bad.majlis")
        good = _forged(team, {ID: SentForm("session-consent", 3, "ar")}, 2, tmp_path / "good.majlis")
        before = file_digest(team.centre.path)
        assert main(["bundle", "import", "--db", str(team.centre.path), "--identity-file",
                     str(team.identity_file), str(bad)]) == 1
        out, err = capsys.readouterr()
        assert file_digest(team.centre.path) == before
        assert len(err.strip().splitlines()) == 1 and "[bad_manifest]" in err, err
        assert "Traceback" not in out + err
        assert main(["bundle", "import", "--db", str(team.centre.path), "--identity-file",
                     str(team.identity_file), str(good)]) == 0
    finally:
        team.close()


def test_a_laptop_naming_a_far_version_cannot_stop_the_centre_publishing(tmp_path: Path) -> None:
    """A laptop on the roster names version 2**31-1 of the team's form (no restore explains it): the
    centre still publishes its next version; a version a restore can explain (a few above the centre's)
    still counts, so no number is given twice."""
    team = team_told_a_form_and_a_code(tmp_path)
    try:
        with team.centre.session() as s:
            held = max(s.scalars(select(ConsentTemplate.version)
                                 .where(ConsentTemplate.template_key == consent.TEAM_FORM_KEY)))
        lost = "0190f0aa-0000-7000-8000-0000000000bb"
        forged = _forged(team, {ID: SentForm(consent.TEAM_FORM_KEY, INT_MAX, "ar"),
                                lost: SentForm(consent.TEAM_FORM_KEY, held + 5, "ar")}, 1, tmp_path / "far.majlis")
        [outcome] = import_files(team.centre, [forged], team.identities)
        assert outcome.status == "imported", outcome.message
        texts = {"ar": template_texts()["ar"]}
        assert consent.publish_version(team.centre, consent.TEAM_FORM_KEY, texts) == held + 6
        assert consent.publish_version(team.centre, consent.TEAM_FORM_KEY, texts) == held + 7
    finally:
        team.close()


def test_a_laptop_naming_ever_new_forms_keeps_at_most_forms_max_rows(tmp_path: Path) -> None:
    """A laptop on the roster naming FORMS_MAX new ids in every bundle: the centre keeps at most FORMS_MAX of
    that laptop's (its latest bundle's), not FORMS_MAX more per bundle."""
    team = team_told_a_form_and_a_code(tmp_path)
    try:
        for seq in (1, 2):
            forms = {f"{seq}-{n}": SentForm("made-up", 1, "ar") for n in range(FORMS_MAX)}
            [outcome] = import_files(team.centre, [_forged(team, forms, seq, tmp_path / f"{seq}.majlis")],
                                     team.identities)
            assert outcome.status == "imported", outcome.message
        with team.centre.session() as s:
            kept = set(s.scalars(select(ReportedForm.id)))
        assert len(kept) == FORMS_MAX and all(tid.startswith("2-") for tid in kept)
    finally:
        team.close()
