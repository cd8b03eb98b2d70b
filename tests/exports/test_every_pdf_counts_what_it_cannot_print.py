"""Every PDF the app writes counts what no bundled font can print (Hebrew, Syriac, CJK: left out of the
page), on what its writer returns, so that each place writing one can say it: a consent record, a
session's consent register, the evidence brief (the session PDFs: test_pdf_says_what_it_cannot_print.py).
The PDFs are read back with pdftotext: the other words are all there, the letters counted are not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import consent, recommendations
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.exports.brief_pdf import write_brief_pdf
from desktop.exports.pdf_consent import write_record_pdf, write_register_pdf
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.pdf_helpers import missing_words, pdf_text

HEBREW = "שלום"  # 4 distinct letters


def _consented(store: Store) -> tuple[str, str]:
    """A focus group titled with a Hebrew word, its first participant's consent given aloud before a
    witness named in Syriac letters (5 distinct): (record id, session id)."""
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 2, language="ar", title=f"جلسة البصرة {HEBREW}")
    with store.session() as s:
        template = consent.template_for(s, "session-consent", "ar")
        assert template is not None
        template_id = template.id
    record_id = consent.record_consent(store, group.participants[0], group.session_id, template_id,
                                       all_yes(template_id, store), "verbal_witness", facilitator="F1",
                                       witness="ܐܒܪܗܡ سامي")
    return record_id, group.session_id


def test_a_consent_record_counts_what_it_could_not_print(store: Store, tmp_path: Path) -> None:
    record_id, _session = _consented(store)
    written = write_record_pdf(store, record_id, tmp_path / "record.pdf")
    assert getattr(written, "unprinted", None) == 4 + 5
    text = pdf_text(written)
    assert HEBREW not in text and "ܐ" not in text
    assert missing_words(written, "جلسة البصرة", "سامي") == []


def test_a_consent_register_counts_what_it_could_not_print(store: Store, tmp_path: Path) -> None:
    _record, session_id = _consented(store)
    written = write_register_pdf(store, session_id, tmp_path / "register.pdf")
    assert getattr(written, "unprinted", None) == 4 + 5
    assert missing_words(written, "سامي") == [] and HEBREW not in pdf_text(written)


def test_a_register_with_nothing_unprintable_counts_none(store: Store, tmp_path: Path) -> None:
    _record, session_id = _consented(store)
    with store.transaction() as s:
        session = s.get(Session, session_id)
        assert session is not None
        session.title = "جلسة البصرة"
    written = write_register_pdf(store, session_id, tmp_path / "register.pdf")
    assert getattr(written, "unprinted", None) == 5  # the witness's Syriac letters only


def brief_with_hebrew(store: Store) -> str:
    """A recommendation whose Arabic title and text hold a Hebrew word and Chinese letters (4 + 2 distinct)."""
    with store.transaction() as s:
        rec = recommendations.create(s, {"title_ar": f"بطاقة بايومترية {HEBREW}", "title_en": "Biometric cards",
                                         "text_ar": "تعديل قانون الانتخابات 中文"}, date=dt.date(2022, 12, 1))
        return rec.id


def test_the_evidence_brief_counts_what_it_could_not_print(store: Store, tmp_path: Path) -> None:
    rec_id = brief_with_hebrew(store)
    out = tmp_path / "brief.pdf"
    briefs = write_brief_pdf(store, out, rec_id=rec_id, lang="ar")
    assert len(briefs) == 1  # still the briefs written, as before
    assert getattr(briefs, "unprinted", None) == 4 + 2
    text = pdf_text(out)
    assert HEBREW not in text and "中" not in text
    assert missing_words(out, "بطاقة بايومترية", "تعديل قانون الانتخابات") == []
    # A brief with nothing of the kind counts none.
    with store.transaction() as s:
        plain = recommendations.create(s, {"title_ar": "بطاقة بايومترية"}, date=dt.date(2022, 12, 1)).id
    assert getattr(write_brief_pdf(store, out, rec_id=plain, lang="ar"), "unprinted", None) == 0
