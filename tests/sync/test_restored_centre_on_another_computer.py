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

from desktop.core.backups import restore
from desktop.core.db import open_store
from desktop.core.exported_position import STATE_DIR_ENV
from desktop.core.models import ConsentTemplate
from desktop.exports.pdf_consent import write_record_pdf
from desktop.sync.team import apply_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.pdf_helpers import pdf_text
from tests.restored_centre import (
    FORM,
    centre_that_will_lose_version_three,
    late_consent_on_version_three_asked_again,
    learns_version_three_then_publishes_four,
)


def test_a_centre_restored_on_another_computer_learns_the_version_it_lost_from_the_consents(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lost = centre_that_will_lose_version_three(tmp_path)

    # The backup restored on a new computer: its per-user state folder is empty.
    new_computer = tmp_path / "new computer"
    monkeypatch.setenv(STATE_DIR_ENV, str(new_computer))
    restore(lost.kept, tmp_path / "centre.db", PASSPHRASE)
    centre = open_store(tmp_path / "centre.db", PASSPHRASE)
    laptop = open_store(tmp_path / "field0.db", PASSPHRASE)
    try:
        row = learns_version_three_then_publishes_four(centre, lost)
        record_pdf = write_record_pdf(centre, row.record_id, tmp_path / "record.pdf", "en")
        assert "Form version: 3" in " ".join(pdf_text(record_pdf).split())

        late_consent_on_version_three_asked_again(centre, laptop, lost, tmp_path / "laptop-2.majlis")

        applied = apply_team_update(laptop, write_team_update(centre, tmp_path / "u4.majlis").path)
        assert applied.forms == (1, 2)  # version 4 arrived; the two on version 3 are asked again
        with laptop.session() as s:
            versions = sorted(t.version for t in s.scalars(select(ConsentTemplate).where(
                ConsentTemplate.template_key == FORM, ConsentTemplate.language == "ar")))
            assert versions == [1, 2, 3, 4]  # one version 3, the one signed
            kept_copy = s.get(ConsentTemplate, lost.v3_id)
            assert kept_copy is not None and kept_copy.title.endswith("v3")  # the words signed, still here
    finally:
        centre.close()
        laptop.close()
