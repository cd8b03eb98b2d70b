"""The centre is restored from a backup made before it published version 2 of the consent form, and
publishes a version 2 again, with other words. The laptop that had the first version 2 (and a participant
consented on it) held both under the same number: its team update said nothing changed, the facilitator
went on showing the version 2 the centre no longer has, and the participant was never asked again on the
team's words. Now the centre's version 2 takes the place of the laptop's copy (no longer published here,
the record still points at it), the update says a version arrived, and the participant is asked again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import consent
from desktop.core.backups import backup, restore
from desktop.core.db import open_store
from desktop.core.exported_position import STATE_DIR_ENV
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant
from desktop.sync.team import apply_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.sync_helpers import make_team

FORM = consent.TEAM_FORM_KEY


def _version_2(mark: str) -> dict[str, consent.TemplateText]:
    return {lang: consent.TemplateText(t.title + mark, t.body, t.signature_meaning, t.clauses)
            for lang, t in template_texts().items()}


def test_a_version_published_again_by_a_restored_centre_replaces_the_laptops_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        centre, laptop = team.centre, team.devices[0]
        consent.publish_version(centre, FORM, template_texts())
        assert apply_team_update(laptop, write_team_update(centre, tmp_path / "u1.majlis").path).forms == (1, 0)
        kept = backup(centre.engine, tmp_path / "centre.db", PASSPHRASE)
        consent.publish_version(centre, FORM, _version_2(" (أ)"))
        assert apply_team_update(laptop, write_team_update(centre, tmp_path / "u2.majlis").path).forms == (1, 0)
        group = focus_group(laptop, 2, language="ar")
        with laptop.session() as s:
            first_2 = consent.template_for(s, FORM, "ar")
            assert first_2 is not None and first_2.version == 2 and first_2.title.endswith("(أ)")
            first_2_id = first_2.id
        consent.record_consent(laptop, group.participants[0], group.session_id, first_2_id,
                               all_yes(first_2_id, laptop), "paper", facilitator="F1")
    finally:
        team.close()

    restore(kept, tmp_path / "centre.db", PASSPHRASE)
    # Restored onto another computer: it has no note of the versions sent (``published_forms``; on the same
    # computer the centre numbers the next version 3, tests/sync/test_restored_centre_lost_a_version.py).
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "other computer"))
    centre = open_store(tmp_path / "centre.db", PASSPHRASE)
    laptop = open_store(tmp_path / "field0.db", PASSPHRASE)
    try:
        consent.publish_version(centre, FORM, _version_2(" (ب)"))
        applied = apply_team_update(laptop, write_team_update(centre, tmp_path / "u3.majlis").path)
        assert applied.forms == (1, 1)  # said: a version arrived, one participant to ask again
        with laptop.session() as s:
            shown = consent.template_for(s, FORM, "ar")
            assert shown is not None and shown.version == 2 and shown.title.endswith("(ب)")
            first = s.get(Participant, group.participants[0])
            other = s.get(Participant, group.participants[1])
            assert first is not None and first.reconsent_needed
            assert other is not None and not other.reconsent_needed  # never consented: nothing to ask again
            record = s.scalars(select(ConsentRecord)).one()
            assert record.template_id == first_2_id  # the record keeps the words signed
            kept_copy = s.get(ConsentTemplate, first_2_id)
            assert kept_copy is not None and not kept_copy.published
        again = apply_team_update(laptop, write_team_update(centre, tmp_path / "u4.majlis").path)
        assert again.forms == (0, 0)  # the same again: nothing new
    finally:
        centre.close()
        laptop.close()
