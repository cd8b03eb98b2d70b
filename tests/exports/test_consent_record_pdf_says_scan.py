"""The consent record's PDF says whether a photo or scan of the signed paper form is kept in Majlis.

A record of consent on a signed paper form printed the method ("Signed paper form") and nothing about
the scan: whoever read the printout (an auditor, an ethics board) could not tell whether the signed
form had been photographed into Majlis or only filed on paper. It now says so, in the record's
language, and says nothing about a scan for the other methods (they have none). Read back with
poppler's pdftotext.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import consent
from desktop.core.db import Store
from desktop.exports import pdf_words as words
from desktop.i18n.catalogue import translate
from desktop.ui.consent.printout import record_pdf
from tests.consent_helpers import all_yes, focus_group, template_texts, tiny_png
from tests.pdf_helpers import missing_words, normalise, pdf_text


def said(lang: str, word: str) -> str:
    return translate(lang, words.CTX, word)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_record_pdf_says_whether_a_scan_is_attached(store: Store, tmp_path: Path, lang: str) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    fg = focus_group(store, 3, language=lang)
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", lang).id
    answers = all_yes(tid, store)
    with_scan = consent.record_consent(store, fg.participants[0], fg.session_id, tid, answers, "paper",
                                       paper_scan=tiny_png(), facilitator="F1")
    without = consent.record_consent(store, fg.participants[1], fg.session_id, tid, answers, "paper",
                                     facilitator="F1")
    on_screen = consent.record_consent(store, fg.participants[2], fg.session_id, tid, answers, "on_screen",
                                       signature_png=tiny_png(), facilitator="F1")
    pdfs = {}
    for rid in (with_scan, without, on_screen):
        (tmp_path / rid).mkdir()
        pdfs[rid] = record_pdf(store, rid, tmp_path / rid, "latn")
    label, kept, none = said(lang, words.SCAN), said(lang, words.SCAN_ATTACHED), said(lang, words.NO_SCAN)
    assert missing_words(pdfs[with_scan], label, kept) == []
    assert missing_words(pdfs[without], label, none) == []
    assert not set(normalise(label).split()) <= set(normalise(pdf_text(pdfs[on_screen])).split())
    if lang == "en":
        assert "Photo or scan of the signed form: attached, kept in Majlis" in pdf_text(pdfs[with_scan])
        assert "Photo or scan of the signed form: none attached" in pdf_text(pdfs[without])
