"""Consent printouts from the Consent page: named by pseudonym and session id, with a text layer
that gives back every word of the form in ar, ckb and en (read with poppler's pdftotext)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.ui.consent.printout import record_pdf, register_pdf, session_pdf
from tests.consent_helpers import all_yes, focus_group, template_texts, tiny_png
from tests.pdf_helpers import missing_words, pdf_text, rasterise


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_record_and_register_pdfs(store: Store, tmp_path: Path, lang: str) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    fg = focus_group(store, 3, language=lang, title={"ar": "جلسة البصرة", "ckb": "دانیشتنی هەولێر",
                                                      "en": "Basra session"}[lang])
    with store.session() as s:
        tpl = consent.template_for(s, "session-consent", lang)
        assert tpl is not None
        tid, body, meaning = tpl.id, tpl.body, tpl.signature_meaning
        clause_texts = [c.text for c in consent.clauses(s, tid)]
    rid = consent.record_consent(store, fg.participants[0], fg.session_id, tid,
                                 all_yes(tid, store, photo=False), "on_screen", signature_png=tiny_png(),
                                 facilitator="F1", recorded_at="2023-01-15T10:05:00+03:00")
    consent.record_consent(store, fg.participants[1], fg.session_id, tid, all_yes(tid, store), "verbal_witness",
                           witness="W1", facilitator="F1", recorded_at="2023-01-15T10:09:00+03:00")
    rid3 = consent.record_consent(store, fg.participants[2], fg.session_id, tid, all_yes(tid, store), "paper",
                                  facilitator="F1", recorded_at="2023-01-15T10:12:00+03:00")
    consent.withdraw(store, rid3, dt.date(2023, 2, 1), "quotes")

    pdf = record_pdf(store, rid, tmp_path, "arab")
    assert pdf.name == f"consent-BSR-FG03-P01-{fg.session_id}.pdf"
    with store.session() as s:
        real = s.get(Participant, fg.participants[0]).real_name
    assert real and real not in pdf.name and real not in pdf_text(pdf)
    assert missing_words(pdf, body, meaning, *clause_texts, "BSR-FG03-P01") == []
    assert rasterise(pdf, tmp_path / f"record-{lang}")

    reg = register_pdf(store, fg.session_id, tmp_path, lang)
    assert reg.name == f"consent-register-{fg.session_id}.pdf"
    assert missing_words(reg, *fg.codes, "W1") == []
    assert rasterise(reg, tmp_path / f"register-{lang}")
    summary = session_pdf(store, fg.session_id, tmp_path, "summary", lang)
    assert summary.name == f"summary-{fg.session_id}.pdf" and missing_words(summary, *fg.codes) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")] == []
    # Only a folder was chosen (no "replace?" asked): a printout there is kept, the new one is beside it.
    kept = reg.read_bytes()
    again = register_pdf(store, fg.session_id, tmp_path, lang)
    assert again.name == f"consent-register-{fg.session_id} (2).pdf" and missing_words(again, *fg.codes) == []
    assert reg.read_bytes() == kept
