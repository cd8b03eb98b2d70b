"""A consent record corrected to NO to taking part, recorded after the person spoke, hides their words in
every export alike (hp8 noticed, hp10 mended): the printed transcript put "[not to be quoted]" in their
turns' place, but the workbook's Transcripts sheet and the REFI-QDA project kept the words in full.
consent_rules says a person without consent to take part may not speak (``can_speak``), and
``SpeechPolicy.words_hidden`` now says what every export hides. Real store, real files read back
(openpyxl, the qdpx zip, pdftotext)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl

from desktop.core import consent_rules, sessions, transcripts
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant
from desktop.exports import xlsx_words
from desktop.exports.pdf_sessions import write_session_pdf
from desktop.exports.qdpx import export_qdpx
from desktop.exports.xlsx import export_xlsx
from tests.pdf_helpers import pdf_text

SPOKEN = "كلمات المشاركة السرية عن الانتخابات"
FACILITATOR = "شكرا لكم جميعا على الحضور"


def _said_then_refused(store: Store) -> str:
    sid = sessions.create_session(store, "focus_group", title="مجموعة البصرة", governorate="basra",
                                  date=dt.date(2026, 11, 20), language="ar")
    with store.transaction() as s:
        person = Participant(code="BSR-FG01-P01", governorate="basra")
        tpl = ConsentTemplate(template_key="fg", title="form", published=True)
        s.add_all([person, tpl])
        s.flush()
        s.add(ConsentRecord(participant_id=person.id, session_id=sid, template_id=tpl.id,
                            answers={"participate": True, "quote": True}, method="paper",
                            recorded_at="2026-11-20T10:00:00+03:00"))
        s.flush()
        transcripts.add_turn(s, sid, None, FACILITATOR)
        transcripts.add_turn(s, sid, person.id, SPOKEN)
        # The form read again after the session: the person had said no to taking part.
        s.add(ConsentRecord(participant_id=person.id, session_id=sid, template_id=tpl.id,
                            answers={"participate": False, "quote": False}, method="paper",
                            recorded_at="2026-11-20T12:00:00+03:00"))
        pid = person.id
    with store.session() as s:
        policy = consent_rules.policy(s, pid, sid)
        assert not policy.can_speak and not policy.redacted  # refused, not withdrawn
    return sid


def test_the_workbook_s_transcripts_leave_the_words_out(store: Store, tmp_path: Path) -> None:
    _said_then_refused(store)
    export_xlsx(store, tmp_path / "all.xlsx", lang="ar")
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    sheet = book[xlsx_words.word("ar", xlsx_words.SHEET_TRANSCRIPTS)]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any(FACILITATOR in c for c in cells)
    assert not any(SPOKEN in c for c in cells)
    assert consent_rules.REDACTED in cells


def test_the_qdpx_project_leaves_the_words_out(store: Store, tmp_path: Path) -> None:
    _said_then_refused(store)
    export_qdpx(store, tmp_path / "project.qdpx", "ar")
    with zipfile.ZipFile(tmp_path / "project.qdpx") as zf:
        texts = [zf.read(name).decode("utf-8", "replace") for name in zf.namelist()]
    assert any(FACILITATOR in t for t in texts)
    assert not any(SPOKEN in t for t in texts)


def test_the_printed_transcript_leaves_the_words_out(store: Store, tmp_path: Path) -> None:
    sid = _said_then_refused(store)
    text = " ".join(pdf_text(write_session_pdf(store, sid, tmp_path / "t.pdf", "minutes", lang="ar")).split())
    assert "الحضور" in text
    assert "السرية" not in text
