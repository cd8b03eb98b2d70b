"""The coordinator's laptop is stolen; the centre's backup, made before it published version 3 of the consent
form, is restored on a new computer. The laptops hold version 3 (a team update brought it) and a participant
signed it. The new computer has no note of the versions the centre's team updates carried
(``published_forms``: outside the database, so on the old computer only), and the centre numbered its next
version 3 again: a second "version 3" with other words while people had signed the first. A bundle's
manifest now names the team's form texts its laptop holds: the centre keeps them (in its database) once it
imports a laptop's bundle, numbers its next version 4, shows the consent on version 3 and asks its
participant again (and a consent on version 3 arriving later)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import consent
from desktop.core.backups import backup, restore
from desktop.core.db import Store, open_store
from desktop.core.exported_position import STATE_DIR_ENV
from desktop.core.models import ConsentTemplate, Participant
from desktop.exports.pdf_consent import write_record_pdf
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import load_identity_file
from desktop.sync.team import apply_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.pdf_helpers import pdf_text
from tests.sync_helpers import make_team

FORM = consent.TEAM_FORM_KEY


def _words(mark: str) -> dict[str, consent.TemplateText]:
    return {lang: consent.TemplateText(t.title + mark, t.body, t.signature_meaning, t.clauses)
            for lang, t in template_texts().items()}


def _publish_and_send(centre: Store, laptop: Store, mark: str, out: Path) -> tuple[int, tuple[int, int]]:
    version = consent.publish_version(centre, FORM, _words(mark))
    return version, apply_team_update(laptop, write_team_update(centre, out).path).forms


def test_a_centre_restored_on_another_computer_learns_the_version_it_lost_from_the_consents(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        centre, laptop = team.centre, team.devices[0]
        _publish_and_send(centre, laptop, " v1", tmp_path / "u1.majlis")
        _publish_and_send(centre, laptop, " v2", tmp_path / "u2.majlis")
        kept = backup(centre.engine, tmp_path / "centre.db", PASSPHRASE)
        assert _publish_and_send(centre, laptop, " v3", tmp_path / "u3.majlis")[0] == 3
        group = focus_group(laptop, 2, language="ar")
        with laptop.session() as s:
            form = consent.template_for(s, FORM, "ar")
            assert form is not None and form.version == 3
            v3_id = form.id
        signed, late = group.participants
        consent.record_consent(laptop, signed, group.session_id, v3_id, all_yes(v3_id, laptop), "paper",
                               facilitator="F1")
        bundle = export_bundle(laptop, tmp_path / "laptop.majlis")
        assert bundle is not None
    finally:
        team.close()

    # The backup restored on a new computer: its per-user state folder is empty.
    new_computer = tmp_path / "new computer"
    monkeypatch.setenv(STATE_DIR_ENV, str(new_computer))
    restore(kept, tmp_path / "centre.db", PASSPHRASE)
    centre = open_store(tmp_path / "centre.db", PASSPHRASE)
    laptop = open_store(tmp_path / "field0.db", PASSPHRASE)
    try:
        [outcome] = import_files(centre, [bundle.path], load_identity_file(team.identity_file))
        assert outcome.status == "imported", outcome.message
        with centre.session() as s:
            assert s.get(ConsentTemplate, v3_id) is None  # its words are lost here
            [row] = consent.register(s)
            assert (row.template_key, row.version, row.language) == (FORM, 3, "ar")  # learned from the bundle
            assert row.asked_version == 0
        assert consent.publish_version(centre, FORM, _words(" v4")) == 4  # never a second version 3
        with centre.session() as s:
            person = s.get(Participant, signed)
            assert person is not None and person.reconsent_needed  # asked again on version 4
            [row] = consent.register(s)
            assert (row.version, row.asked_version) == (3, 4)
        record_pdf = write_record_pdf(centre, row.record_id, tmp_path / "record.pdf", "en")
        assert "Form version: 3" in " ".join(pdf_text(record_pdf).split())

        # A consent on version 3 arriving after version 4 was published: its participant is asked again.
        consent.record_consent(laptop, late, group.session_id, v3_id, all_yes(v3_id, laptop), "paper",
                               facilitator="F1")
        second = export_bundle(laptop, tmp_path / "laptop-2.majlis")
        assert second is not None
        [outcome] = import_files(centre, [second.path], load_identity_file(team.identity_file))
        assert outcome.status == "imported", outcome.message
        with centre.session() as s:
            person = s.get(Participant, late)
            assert person is not None and person.reconsent_needed

        applied = apply_team_update(laptop, write_team_update(centre, tmp_path / "u4.majlis").path)
        assert applied.forms == (1, 2)  # version 4 arrived; the two on version 3 are asked again
        with laptop.session() as s:
            versions = sorted(t.version for t in s.scalars(select(ConsentTemplate).where(
                ConsentTemplate.template_key == FORM, ConsentTemplate.language == "ar")))
            assert versions == [1, 2, 3, 4]  # one version 3, the one signed
            kept_copy = s.get(ConsentTemplate, v3_id)
            assert kept_copy is not None and kept_copy.title.endswith("v3")  # the words signed, still here
    finally:
        centre.close()
        laptop.close()
