"""A session's consent register, printed, says "No" only for what a participant was asked and refused.

A team published version 2 of its form with a new clause (photos) while a session was under way: the
people who had consented on version 1 were never asked about photos, yet the printed register said
"No" under Photos for each of them, as if they had refused, where their own record (and the register on
screen) lists only the clauses of the form they signed. A clause their form did not have is now a dash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import ConsentTemplate
from desktop.exports.pdf_consent import write_register_pdf
from desktop.exports.pdf_words import CTX, NO, YES
from desktop.i18n.catalogue import translate
from tests.consent_helpers import all_yes, focus_group, template_texts, template_texts_without
from tests.pdf_helpers import pdf_text, words


def template_id(store: Store, version: int, lang: str) -> str:
    with store.session() as s:
        return str(s.execute(select(ConsentTemplate.id).where(
            ConsentTemplate.language == lang, ConsentTemplate.version == version)).scalar_one())


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_clause_added_later_is_not_printed_as_refused(store: Store, tmp_path: Path, lang: str) -> None:
    full = template_texts()
    consent.publish_version(store, "session-consent", template_texts_without("photo"))
    group = focus_group(store, 2, language=lang)
    first = template_id(store, 1, lang)
    consent.record_consent(store, group.participants[0], group.session_id, first, all_yes(first, store),
                           "verbal_witness", witness="W", facilitator="F")
    consent.publish_version(store, "session-consent", full)
    second = template_id(store, 2, lang)
    consent.record_consent(store, group.participants[1], group.session_id, second, all_yes(second, store),
                           "verbal_witness", witness="W", facilitator="F")

    text = pdf_text(write_register_pdf(store, group.session_id, tmp_path / "register.pdf", lang))
    found = words(text)
    no, yes = translate(lang, CTX, NO), translate(lang, CTX, YES)
    assert no != NO and yes != YES  # the words in the register's language
    assert found.count(words(yes)[0]) == 5 + 6  # every clause each was asked, answered yes
    assert words(no)[0] not in found, "a clause never asked was printed as refused"
    assert text.count("—") == 1  # photos, for the one who signed version 1
