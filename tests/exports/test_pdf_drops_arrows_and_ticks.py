"""Found by hp8 (session 41), a facilitator printing a focus group's transcript: characters the bundled
fonts lack vanish from the PDF without a trace.

A turn typed in Arabic with an arrow ("الموازنة ← مجلس المحافظة", as notes are written), a tick or a
not-equal sign reads on screen (Qt falls back to any system font) but the printed transcript (the
editor's PDF button, ``majlis-cli`` pdf) leaves a blank where the sign was, on the page and in its text
layer: no box, no warning. The printout, the record people sign off and quote, says something other
than what was typed. README ("Two known limits", docs of the PDFs) names only harakat and emoji.

Cause: desktop/exports/pdf_layout.py (Report.__init__, ``set_fallback_fonts``): the fallbacks are Noto
Naskh Arabic, Noto Sans and an emoji font; a character in none of them (arrows U+2190.., ✓ U+2713,
≠ U+2260, also Hebrew or Syriac words) is dropped by fpdf2, its warning silenced (``logging.getLogger
("fpdf").setLevel(logging.ERROR)``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core import sessions, transcripts
from desktop.core.db import Store
from desktop.exports.pdf_sessions import write_session_pdf
from tests.pdf_helpers import pdf_text

TURN = "الموازنة ← مجلس المحافظة، القرار ✓، والمبلغ ≠ المطلوب"
SIGNS = "←✓≠"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_signs_typed_in_a_turn_are_in_the_printed_transcript(store: Store, tmp_path: Path, lang: str) -> None:
    sid = sessions.create_session(store, "focus_group", title="مجموعة البصرة", governorate="basra",
                                  date=dt.date(2026, 12, 6), language="ar")
    with store.transaction() as s:
        transcripts.add_turn(s, sid, None, TURN)
    pdf = write_session_pdf(store, sid, tmp_path / "transcript.pdf", "minutes", lang=lang)
    text = pdf_text(pdf)
    assert "الموازنة" in text and "المحافظة" in text  # the words are there
    assert [sign for sign in SIGNS if sign not in text] == []  # and so are the signs between them
