"""A turn holding a character no bundled font has (Hebrew, Syriac, CJK) starts at the margin like every other.

fpdf2 measured such a character as its font's .notdef box and then drew nothing for it: a right-to-left
line holding one was placed as if it were wider than it is, and stood short of the right margin by the
missing letters' width. In a transcript the turn's time and speaker ("[0:01:00] Facilitator:") stood
apart from every other turn's, a gap between them and the margin, as if something had been printed
there and rubbed out. Such characters are now left out before the line is measured (and counted, as
before). Read back from the page with poppler's word boxes (pdftotext -bbox).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.exports.pdf_layout import Masthead, Report
from desktop.exports.pdf_sessions import write_session_pdf
from tests.exports.test_pdf_turn_direction import MARGIN, Line, looks, page_lines

PLAIN = "قال إن المركز بعيد عن القرية"
# Each with words no bundled font has, and an Arabic word after them to find the line by.
UNPRINTABLE = ["قال: שלום עולם ← ✓ بعيدة", "ܫܠܡܐ ܥܠܡܐ مرحبا", "گوتی: 中文字 باشە"]


def _turn_lines(lines: list[Line]) -> list[Line]:
    """The transcript's lines: each starts with its turn's time."""
    return [line for line in lines if any("0:0" in word.text for word in line.words)]


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_turn_with_letters_no_font_has_starts_at_the_right_margin(store: Store, tmp_path: Path, lang: str) -> None:
    """An Arabic session's turns, right to left on the right, in an Arabic page and in a Kurdish one."""
    with store.transaction() as s:
        session = Session(kind="focus_group", title="البصرة", date=dt.date(2026, 12, 6), language="ar")
        s.add(session)
        s.flush()
        s.add_all(TranscriptTurn(session_id=session.id, position=float(i), text=text, timestamp="0:01:00")
                  for i, text in enumerate([PLAIN, *UNPRINTABLE, "שלום"]))
        sid = session.id
    out = write_session_pdf(store, sid, tmp_path / "transcript.pdf", "minutes", lang=lang)
    assert getattr(out, "unprinted", None) == 5 + 5 + 3  # שלום עולם, ܫܠܡܐ ܥܠܡܐ, 中文字: distinct letters
    turns = _turn_lines(page_lines(out))
    assert len(turns) == 5, [line.texts for line in turns]
    # Each turn's time and speaker ("[0:00:00] الميسّر:"; the last turn has nothing else left) stand where the
    # plain turn's do: at the right margin, whole (in Arabic the blank opened inside "الميسّر", after its shadda).
    label = set(turns[-1].texts)
    plain = {w.text: (w.left, w.right) for w in turns[0].words if w.text in label}
    assert abs(turns[0].words[-1].right - (turns[0].page_width - MARGIN)) < 4, turns[0].texts
    for line in turns:
        at = {w.text: (w.left, w.right) for w in line.words if w.text in label}
        assert "]0:01:00[" in at, line.texts  # its time
        assert all(abs(at[text][0] - plain[text][0]) < 1 and abs(at[text][1] - plain[text][1]) < 1
                   for text in at.keys() & plain.keys()), (line.texts, at, plain)
    for word in ("بعيدة", "مرحبا", "باشە"):  # the words around the blank are all there
        assert any(looks(word) in line.texts for line in turns), word


def test_a_heading_and_a_table_cell_with_such_letters_keep_their_place(tmp_path: Path) -> None:
    """The same in every line a report writes: a heading, and a table's cells (placed by fpdf2 on
    their own), at the margin they start from, as the cells above them without such letters."""
    report = Report("ar", "latn", Masthead("منظمة الأمل", "Minutes"))
    report.heading("عنوان עברית")
    report.table(["الاسم", "ملاحظة"], [["سامي", "قال"], ["سامي ܫܠܡܐ", "قال 中文"]], [1, 1])
    out = report.save(tmp_path / "report.pdf")
    assert getattr(out, "unprinted", None) == 5 + 4 + 2
    lines = page_lines(out)
    (heading,) = [line for line in lines if looks("عنوان") in line.texts]
    assert abs(heading.words[-1].right - (heading.page_width - MARGIN)) < 4, heading.texts
    for word in ("سامي", "قال"):
        ends = [round(w.right, 1) for line in lines for w in line.words if w.text == looks(word)]
        assert len(ends) == 2 and abs(ends[0] - ends[1]) < 1, (word, ends)

