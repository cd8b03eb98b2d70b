"""The masthead of a PDF made on a database without a team (working alone, as a small organisation or a
demo does): the application's name in the document's language, as the interface writes it, not a Latin
"Majlis" at the head of every page of an Arabic or Kurdish brief."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.exports.brief_pdf import write_brief_pdf
from desktop.i18n.catalogue import translate
from tests.demo_stores import demo_store_fixture
from tests.pdf_helpers import normalise, pdf_text

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=6, seed=3)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_masthead_names_majlis_in_the_documents_language(store: Store, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"brief-{lang}.pdf"
    briefs = write_brief_pdf(store, out, lang=lang)
    name = translate(lang, "PdfReport", "Majlis")
    # The first line of every page is the masthead.
    pages = pdf_text(out).split("\f")
    heads = [next(normalise(line).strip() for line in page.splitlines() if line.strip()) for page in pages if page.strip()]
    assert len(heads) == len(briefs)
    assert all(head == normalise(name) for head in heads), heads
    if lang != "en":
        assert not any(re.search("[A-Za-z]", head) for head in heads), heads
