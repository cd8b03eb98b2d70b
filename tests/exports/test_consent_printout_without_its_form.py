"""A consent record whose form has not reached this device yet is printed with its answers.

At the centre a laptop's bundle can bring consent records before the team update that brings the
form they were given on (the register on screen says "Form not on this device"). Printed, such a
record said who, when and how, and not one answer: a participant who refused audio recording read,
on paper, as if nothing had been asked, and the session's register had no clause column for them.
The answers stored with the record are now printed under each clause's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.core.models import ConsentRecord
from desktop.exports.enum_labels import enum_label
from desktop.exports.pdf_consent import write_record_pdf, write_register_pdf
from desktop.exports.pdf_words import CTX, NO, YES
from desktop.i18n.catalogue import translate
from tests.consent_helpers import focus_group
from tests.pdf_helpers import missing_words, pdf_text, words

ANSWERS = {"participate": True, "audio": False, "quote": True}


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_answers_are_printed_without_the_form(store: Store, tmp_path: Path, lang: str) -> None:
    group = focus_group(store, 1, language=lang)
    with store.transaction(replicating=True) as s:  # as a bundle brings it, before the form
        record = ConsentRecord(participant_id=group.participants[0], session_id=group.session_id,
                               template_id="0190aaaa-0000-7000-8000-000000000001", answers=dict(ANSWERS),
                               method="paper", facilitator="F1", recorded_at="2023-01-15T10:00:00+03:00")
        s.add(record)
        s.flush()
        record_id = record.id
    yes, no = words(translate(lang, CTX, YES))[0], words(translate(lang, CTX, NO))[0]
    clauses = [enum_label("clause", key, lang) for key in ANSWERS]
    assert all(label not in ANSWERS for label in clauses)  # the clauses' names, in the language

    printed = write_record_pdf(store, record_id, tmp_path / "record.pdf", lang)
    assert missing_words(printed, *clauses) == []
    found = words(pdf_text(printed))
    assert (found.count(yes), found.count(no)) == (2, 1), "the answers are missing from the record"

    register = write_register_pdf(store, group.session_id, tmp_path / "register.pdf", lang)
    assert missing_words(register, *clauses) == []
    found = words(pdf_text(register))
    assert (found.count(yes), found.count(no)) == (2, 1), "the answers are missing from the register"
