"""What no bundled font can print is counted, never silently dropped (hp10, after hp8's finding): the
written PDF's path carries how many distinct characters were left blank, which the PDF button and
``majlis-cli export pdf`` say in one line after the file is written. Signs the symbol fallbacks cover
(arrows, ticks, maths, stars, circled numbers) print and are not counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core import sessions, transcripts
from desktop.core.db import Store
from desktop.exports.pdf_sessions import write_session_pdf
from tests.pdf_helpers import pdf_text

SIGNS = "→ ⇒ ✔ ✗ ≤ ≥ ∞ √ ★ ☐ ☑ ① ⚠ ♥"


def _pdf(store: Store, tmp_path: Path, turn: str) -> Path:
    sid = sessions.create_session(store, "focus_group", title="مجموعة البصرة", governorate="basra",
                                  date=dt.date(2026, 12, 6), language="ar")
    with store.transaction() as s:
        transcripts.add_turn(s, sid, None, turn)
    return write_session_pdf(store, sid, tmp_path / "transcript.pdf", "minutes", lang="ar")


def test_common_signs_print_and_nothing_is_counted(store: Store, tmp_path: Path) -> None:
    written = _pdf(store, tmp_path, f"الموازنة {SIGNS} مُعَلِّمَة")
    assert getattr(written, "unprinted", None) == 0
    text = pdf_text(written)
    assert [sign for sign in SIGNS.split() if sign not in text] == []


@pytest.mark.parametrize(("words", "count"), [("שלום שלום", 4), ("ܫܠܡܐ", 4), ("中文", 2)])
def test_letters_no_font_has_are_counted(store: Store, tmp_path: Path, words: str, count: int) -> None:
    written = _pdf(store, tmp_path, f"قال: {words} ←")
    assert written.is_file()
    assert getattr(written, "unprinted", None) == count

