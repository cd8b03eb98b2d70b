"""PDFs with a real text layer: every word of the source text found again by pdftotext in ar, ckb, en.

Pages are also rendered with pdftoppm; set MAJLIS_KEEP_PAGES=DIR to keep the PNGs for a look.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from desktop.cli import main
from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Code,
    CodedSegment,
    ConsentRecord,
    ConsentTemplate,
    Decision,
    Organisation,
    Participant,
    Session,
    Team,
)
from desktop.exports.enum_labels import enum_label
from desktop.exports.pdf_consent import write_record_pdf, write_register_pdf
from desktop.exports.pdf_layout import Masthead, Report
from desktop.exports.pdf_sessions import write_session_pdf
from desktop.i18n.catalogue import translate
from tests.conftest import PASSPHRASE
from tests.consent_helpers import add_turn, all_yes, focus_group, template_texts, tiny_png
from tests.pdf_helpers import missing_words, page_count, pdf_text, pdf_words, rasterise, words

LANGS = ("ar", "ckb", "en")
# What people said, in each language; Kurdish with every Sorani letter (ڕ ڵ ۆ ێ ە ڤ), Arabic with
# harakat and tanwin, English with a decomposed é (e + U+0301) and an emoji.
SPEECH = {
    "ckb": ["ئێمە دەمانەوێت یاسای هەڵبژاردن دادپەروەر بێت و ژنان بەشداری بکەن",
            "ڤیان گوتی ڕێگاکان خراپن و بنکەکانی دەنگدان دوورن لە گوندەکانەوە",
            "پێویستە لیستی کراوە بێت بۆ ئەوەی خەڵک کاندیدەکانیان بناسن"],
    "ar": ["نريد قانوناً انتخابياً عادلاً يضمن تمثيل المرأة والشباب في مجالس المحافظات إن شاء الله والحمد لله",
           "مراكز الاقتراع بعيدة عن القرى والطرق سيئة في الشتاء",
           "القائمة المفتوحة أفضل لأن الناس يعرفون مرشّحيهم"],
    "en": ["Polling stations must open near the villages; ID cards take months 😀",
           "The cafe\u0301 owner said nobody explained the new districts",
           "An open list lets people know their candidates"],
}
WITHDRAWN = {"ckb": "ئەم قسەیە کشاوەتەوە و نابێت لە هیچ شوێنێک دەربکەوێت",
             "ar": "هذا الكلام مسحوب ويجب ألا يظهر في أي مكان",
             "en": "These withdrawn words must appear nowhere"}
TITLES = {"ar": "جلسة البصرة عن قانون الانتخابات", "ckb": "دانیشتنی هەولێر دەربارەی یاسای هەڵبژاردن",
          "en": "Basra session on the election law"}
SUMMARY = {"ar": "ناقش المشاركون تمثيل المرأة وبُعد مراكز الاقتراع.",
           "ckb": "بەشداربووان باسی نوێنەرایەتی ژنان و دووری بنکەکانی دەنگدانیان کرد.",
           "en": "Participants discussed women's representation and distant polling stations."}
ORGANISATION = "شبكة شمس لمراقبة الانتخابات"


def _keep(pages: list[Path], name: str) -> None:
    folder = os.environ.get("MAJLIS_KEEP_PAGES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for i, page in enumerate(pages, 1):
            shutil.copy(page, Path(folder) / f"{name}-{i}.png")


def _looks_printed(pages: list[Path]) -> None:
    assert pages
    for page in pages:
        with Image.open(page) as image:
            grey = image.convert("L")
            dark = sum(grey.histogram()[:128])
            assert image.width > 300 and dark > 500, page  # text was drawn, not a blank page


def _focus_group(store: Store, lang: str) -> tuple[str, list[str], list[str], str]:
    """A coded focus group: P1 quotable, P2 may not be quoted, P3 withdrew everything."""
    consent.publish_version(store, "session-consent", template_texts())
    fg = focus_group(store, 3, language=lang, title=TITLES[lang])
    with store.transaction() as s:
        s.add(Team(name=ORGANISATION))
        session = s.get(Session, fg.session_id)
        assert session is not None
        session.summary = SUMMARY[lang]
        session.start_time, session.end_time = "10:00", "12:30"
        tid = consent.template_for(s, "session-consent", lang).id
        code = Code(name_ar="تمثيل المرأة", name_ckb="نوێنەرایەتی ژنان", name_en="Women's representation")
        s.add(code)
        s.flush()
        code_id = code.id
    records = []
    for pid, quote in zip(fg.participants, (True, False, True), strict=True):
        records.append(consent.record_consent(store, pid, fg.session_id, tid, all_yes(tid, store, quote=quote),
                                              "on_screen", signature_png=tiny_png(), facilitator="F1",
                                              recorded_at="2023-01-15T10:05:00+03:00"))
    add_turn(store, fg.session_id, None, "?", 0)
    texts = [SPEECH[lang][0], SPEECH[lang][1], WITHDRAWN[lang]]
    for i, (pid, text) in enumerate(zip(fg.participants, texts, strict=True)):
        turn = add_turn(store, fg.session_id, pid, text, i + 1)
        with store.transaction() as s:
            s.add(CodedSegment(code_id=code_id, doc_table="transcript_turn", doc_id=turn, start=0, end=len(text),
                               quote=text, coder="C1"))
    consent.withdraw(store, records[2], dt.date(2023, 2, 1), "all")
    return fg.session_id, fg.codes, records, tid


@pytest.mark.parametrize("lang", LANGS)
def test_summary_text_layer_and_consent(store: Store, tmp_path: Path, lang: str) -> None:
    session_id, codes, _records, _tid = _focus_group(store, lang)
    pdf = write_session_pdf(store, session_id, tmp_path / "summary.pdf", "summary", lang)
    label = lambda text: translate(lang, "PdfReport", text)  # noqa: E731
    expected = [TITLES[lang], SUMMARY[lang], SPEECH[lang][0], ORGANISATION, *codes,
                {"ar": "تمثيل المرأة", "ckb": "نوێنەرایەتی ژنان", "en": "Women's representation"}[lang],
                label("Focus-group summary"), label("Participants"), label("Codes and quotes"),
                enum_label("kind", "focus_group", lang), enum_label("gender", "female", lang),
                translate(lang, "PdfReport", "Page {page} of {pages}").format(page=1, pages=1)]
    assert missing_words(pdf, *expected) == []
    found = pdf_words(pdf)
    # Not quoted (no quote clause) and withdrawn: none of their words, not even in a quote.
    for text in (SPEECH[lang][1], WITHDRAWN[lang]):
        assert not set(words(text)) <= found, text
    if lang != "en":
        assert "Participants" not in found and "Page" not in found  # the labels are translated
    pages = rasterise(pdf, tmp_path / f"summary-{lang}")
    _looks_printed(pages)
    _keep(pages, f"summary-{lang}")


@pytest.mark.parametrize("lang", LANGS)
def test_transcript_honours_consent(store: Store, tmp_path: Path, lang: str) -> None:
    session_id, codes, _records, _tid = _focus_group(store, lang)
    pdf = write_session_pdf(store, session_id, tmp_path / "transcript.pdf", "minutes", lang)
    assert missing_words(pdf, SPEECH[lang][0], *codes) == []
    found = pdf_words(pdf)
    for text in (SPEECH[lang][1], WITHDRAWN[lang]):
        assert not set(words(text)) <= found, text
    assert missing_words(pdf, translate(lang, "PdfReport", "[withdrawn]"),
                         translate(lang, "PdfReport", "[not to be quoted]")) == []


@pytest.mark.parametrize("lang", LANGS)
def test_consent_record_and_register(store: Store, tmp_path: Path, lang: str) -> None:
    session_id, codes, records, tid = _focus_group(store, lang)
    with store.session() as s:
        tpl_title, body, meaning = s.get(ConsentTemplate, tid).title, "", ""
        tpl = s.get(ConsentTemplate, tid)
        assert tpl is not None
        body, meaning = tpl.body, tpl.signature_meaning
        clause_texts = [c.text for c in consent.clauses(s, tid)]
        real_name = s.get(Participant, s.get(ConsentRecord, records[0]).participant_id).real_name
    record = write_record_pdf(store, records[0], tmp_path / "record.pdf")  # in the form's language
    assert missing_words(record, tpl_title, body, meaning, *clause_texts, codes[0], TITLES[lang], ORGANISATION,
                         translate(lang, "PdfReport", "Consent record")) == []
    assert real_name and real_name not in pdf_text(record)
    pages = rasterise(record, tmp_path / f"record-{lang}")
    _looks_printed(pages)
    _keep(pages, f"consent-record-{lang}")

    register = write_register_pdf(store, session_id, tmp_path / "register.pdf", lang)
    method = enum_label("method", "on_screen", lang)
    assert missing_words(register, *codes, method, translate(lang, "PdfReport", "Consent register"),
                         enum_label("scope", "all", lang)) == []
    pages = rasterise(register, tmp_path / f"register-{lang}")
    _looks_printed(pages)
    _keep(pages, f"consent-register-{lang}")


MINUTES = {
    "ar": (["دور المفوضية والرقابة", "طرحت أسئلة عن استقلال المفوضية"], "تنظيم جلسة استماع مع أعضاء المجلس",
           "إعداد ورقة سياسات"),
    "ckb": (["ڕۆڵی کۆمیسیۆن و چاودێری", "پرسیار لەسەر سەربەخۆیی کۆمیسیۆن کرا و وەڵامی ڕوون درایەوە"],
            "ڕێکخستنی دانیشتنێکی گوێگرتن لەگەڵ ئەندامانی ئەنجومەن", "ئامادەکردنی ڕاپۆرتێکی سیاسەت"),
    "en": (["Role of the commission", "Questions were asked about the commission's independence"],
           "Hold a hearing with council members", "Draft a policy paper"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_roundtable_minutes(store: Store, tmp_path: Path, lang: str) -> None:
    (title, notes), decision, action = MINUTES[lang]
    with store.transaction() as s:
        session = Session(kind="roundtable", title=TITLES[lang], date=dt.date(2023, 3, 5), governorate="erbil",
                          language=lang, facilitator="F1", note_taker="N1", start_time="09:00", end_time="11:00")
        org = Organisation(name="ڕێکخراوی ژنانی هەولێر")
        s.add_all([session, org])
        s.flush()
        s.add(Attendance(session_id=session.id, organisation_id=org.id, role="cso", seat=1))
        s.add(AgendaItem(session_id=session.id, title=title, notes=notes, position=1))
        s.add(Decision(session_id=session.id, text=decision, position=1))
        s.add(ActionItem(session_id=session.id, what=action, owner="F1", due_date=dt.date(2023, 4, 1), position=1))
        session_id = session.id
    pdf = write_session_pdf(store, session_id, tmp_path / "minutes.pdf", None, None, "arab")
    assert missing_words(pdf, TITLES[lang], title, notes, decision, action, "ڕێکخراوی ژنانی هەولێر",
                         enum_label("role", "cso", lang), translate(lang, "PdfReport", "Minutes"),
                         translate(lang, "PdfReport", "Action items")) == []
    text = pdf_text(pdf)
    assert "٩:٠٠" in text or "٠٩:٠٠" in text  # the digit setting reaches times (and dates)
    pages = rasterise(pdf, tmp_path / f"minutes-{lang}")
    _looks_printed(pages)
    _keep(pages, f"minutes-{lang}")


def test_long_transcript_numbers_every_page(store: Store, tmp_path: Path) -> None:
    fg = focus_group(store, 1, language="ckb", title=TITLES["ckb"])
    for i in range(90):
        add_turn(store, fg.session_id, None, f"{SPEECH['ckb'][i % 3]} {i}", i)
    pdf = write_session_pdf(store, fg.session_id, tmp_path / "long.pdf", "minutes", "ckb", "arab")
    pages = page_count(pdf)
    assert pages >= 3
    last = translate("ckb", "PdfReport", "Page {page} of {pages}").format(page="٣", pages=f"{pages}".translate(
        str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")))
    assert missing_words(pdf, last) == []


def test_hostile_stored_values_never_crash(store: Store, tmp_path: Path) -> None:
    """Control characters, a lone surrogate, answers that are not a dict, a signature that is not a
    PNG: the documents are still written."""
    session_id, _codes, records, _tid = _focus_group(store, "ar")
    # Written as stored data (not through this device's recording, which fits and refuses such values
    # before they are logged): what an older version or another tool may have left in the file.
    with store.transaction(replicating=True) as s:
        session = s.get(Session, session_id)
        assert session is not None
        session.title = "عنوان\x00\x1b[31m مكسور"
        session.status = "weird-status"
        record = s.get(ConsentRecord, records[0])
        assert record is not None
        record.answers = "yes"  # type: ignore[assignment]
        record.signature_png = b"\x89PNG not really"
        record.recorded_at = "not-a-date"
        record.method = "carrier pigeon"
    for document in ("minutes", "summary", "consent-register"):
        pdf = write_session_pdf(store, session_id, tmp_path / f"{document}.pdf", document, "en")
        assert "weird-status" in pdf_text(pdf) or document == "consent-register"
    record_pdf = write_record_pdf(store, records[0], tmp_path / "record.pdf")
    assert "pigeon" in pdf_text(record_pdf)
    # SQLite cannot even store a lone surrogate, but text reaching a page from elsewhere may hold one.
    report = Report("ckb", "latn", Masthead("\ud800", "x"))
    report.paragraph("ڕێکخەر\ud83d\x07")
    assert missing_words(report.save(tmp_path / "odd.pdf"), "ڕێکخەر") == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")] == []


@pytest.mark.slow  # majlis-cli processes rendering PDFs: .ci/test runs it
def test_cli_sessions_list_and_export_pdf(store: Store, db_path: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    import json

    session_id, codes, records, _tid = _focus_group(store, "ckb")
    with store.transaction() as s:  # a control character stored by other tooling, planted through Core (the ORM fits it)
        s.execute(Session.__table__.update().where(Session.id == session_id).values(title="ناونیشان\x1b[2J"))  # type: ignore[attr-defined]
    store.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    assert main(["sessions", "list", "--db", str(db_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"id": session_id, "kind": "focus_group", "date": "2023-01-15", "title": "ناونیشان\x1b[2J",
                       "governorate": "basra", "status": "draft"}]
    assert main(["sessions", "list", "--db", str(db_path)]) == 0
    line = capsys.readouterr().out
    assert line.split("\t")[0] == session_id and "\x1b" not in line
    for document in ("minutes", "summary", "consent-register"):
        out = tmp_path / f"{document}.pdf"
        assert main(["export", "pdf", "--db", str(db_path), "--out", str(out), "--session", session_id,
                     "--document", document, "--lang", "ckb"]) == 0
        assert missing_words(out, *codes) == []
    out = tmp_path / "record.pdf"
    assert main(["export", "pdf", "--db", str(db_path), "--out", str(out), "--consent-record", records[0]]) == 0
    assert missing_words(out, codes[0]) == []
    capsys.readouterr()
    assert main(["export", "pdf", "--db", str(db_path), "--out", str(out), "--session", "nope"]) == 3
    assert main(["export", "pdf", "--db", str(db_path), "--out", str(out), "--consent-record", "x",
                 "--document", "summary"]) == 64
    assert main(["export", "pdf", "--db", str(db_path), "--out", str(out)]) == 64
    assert main(["export", "pdf", "--db", str(db_path), "--out", str(tmp_path / "no" / "x.pdf"),
                 "--session", session_id]) == 3  # README: 3 when a folder given is not there
    err = capsys.readouterr().err
    assert err.count("\n") == 4 and "Traceback" not in err


def _pdf_title(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next((line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Title:")), "")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_documents_title_is_in_its_language(store: Store, tmp_path: Path, lang: str) -> None:
    """A browser's PDF viewer shows the document's title in its tab: a Kurdish session summary was
    titled "Focus-group summary" (the English catalogue key), a consent record or register had no title at all."""
    session_id, _codes, records, _tid = _focus_group(store, lang)
    for document, key in (("minutes", "Transcript"), ("summary", "Focus-group summary")):
        pdf = write_session_pdf(store, session_id, tmp_path / f"{document}.pdf", document, lang)
        assert _pdf_title(pdf) == translate(lang, "PdfReport", key) != key
    register = write_register_pdf(store, session_id, tmp_path / "register.pdf", lang)
    assert _pdf_title(register) == translate(lang, "PdfReport", "Consent register")
    record = write_record_pdf(store, records[0], tmp_path / "record.pdf", lang)
    assert _pdf_title(record) == translate(lang, "PdfReport", "Consent record")
