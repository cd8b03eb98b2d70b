"""The centre is restored from a backup made before it published version 3 of the consent form, and does
not publish that version again. The laptops hold version 3 (a team update brought it) and a participant
consented on it. The centre's register showed that consent on an unknown form ("version" empty), never
marked the participant for re-consent, and numbered its next version 3 again: a second "version 3" with
other words, below nothing the team had seen. The centre now remembers, outside its database (beside
its team-update numbers), which form versions its team updates carried: the consent on version 3 is
shown as on version 3, the next version is 4, its publishing asks that participant again (and a consent
on version 3 arriving later), and the laptop's copy of version 3 stays readable there (the words signed)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from desktop.core import consent
from desktop.core.backups import restore
from desktop.core.db import open_store
from desktop.core.models import ConsentTemplate, Participant
from desktop.exports import xlsx_words as words
from desktop.exports.pdf_consent import write_record_pdf, write_register_pdf
from desktop.exports.xlsx import export_xlsx
from desktop.sync.team import apply_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.pdf_helpers import pdf_text
from tests.restored_centre import (
    FORM,
    centre_that_will_lose_version_three,
    late_consent_on_version_three_asked_again,
    learns_version_three_then_publishes_four,
)


def test_a_version_the_restored_centre_lost_is_never_numbered_again(tmp_path: Path) -> None:
    lost = centre_that_will_lose_version_three(tmp_path)
    group = lost.group

    restore(lost.kept, tmp_path / "centre.db", PASSPHRASE)  # version 3 is gone from the centre
    centre = open_store(tmp_path / "centre.db", PASSPHRASE)
    laptop = open_store(tmp_path / "field0.db", PASSPHRASE)
    try:
        row = learns_version_three_then_publishes_four(centre, lost)
        book = tmp_path / "centre.xlsx"
        export_xlsx(centre, book, lang="en")
        opened = openpyxl.load_workbook(book, read_only=True)
        try:
            rows = [tuple(r) for r in opened[words.sheet_name("en", words.SHEET_CONSENT)].iter_rows(values_only=True)]
        finally:
            opened.close()
        version_at, asked_at = rows[0].index(words.word("en", words.VERSION)), rows[0].index(
            words.word("en", words.RECONSENT_ON))
        assert [(r[version_at], r[asked_at]) for r in rows[1:]] == [(3, 4)]
        register_pdf = write_register_pdf(centre, group.session_id, tmp_path / "register.pdf", "en")
        assert "Re-consent needed (version 4 now)" in " ".join(pdf_text(register_pdf).split())
        record_pdf = write_record_pdf(centre, row.record_id, tmp_path / "record.pdf", "en")
        assert "Form version: 3" in " ".join(pdf_text(record_pdf).split())

        late_consent_on_version_three_asked_again(centre, laptop, lost, tmp_path / "laptop-2.majlis")

        applied = apply_team_update(laptop, write_team_update(centre, tmp_path / "u4.majlis").path)
        assert applied.forms == (1, 2)  # version 4 arrived; the two on version 3 are asked again
        with laptop.session() as s:
            shown = consent.template_for(s, FORM, "ar")
            assert shown is not None and (shown.version, shown.title.endswith("v4")) == (4, True)
            kept_copy = s.get(ConsentTemplate, lost.v3_id)
            assert kept_copy is not None and kept_copy.title.endswith("v3")  # the words signed, still here
            assert [c.clause_key for c in consent.clauses(s, lost.v3_id)]
            versions = sorted(t.version for t in s.scalars(select(ConsentTemplate).where(
                ConsentTemplate.template_key == FORM, ConsentTemplate.language == "ar")))
            assert versions == [1, 2, 3, 4]  # one version 3, the one signed
            asked = s.scalars(select(Participant.code).where(Participant.reconsent_needed.is_(True)))
            assert sorted(asked) == sorted(group.codes)
    finally:
        centre.close()
        laptop.close()
