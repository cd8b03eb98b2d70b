"""The session PDF lays a turn out as the focus-group editor does (desktop/core/text_direction.py).

A Kurdish turn that begins with a Latin word or a number ("UNDP گوتی 35% ...") read right to left in
the editor, but the printed transcript took its direction from its first strong letter (the U of
UNDP): inside a Kurdish page its words came left to right ("UNDP" at the left of "گوتی") with the full
stop at the right end; in an English page the whole turn was left to right at the left margin. Now
such a turn is a right-to-left paragraph on the right, whatever the page's language, and an English
turn in an Arabic or Kurdish session is a left-to-right one on the left. Read back from the page with
poppler's word boxes (pdftotext -bbox).
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path
from typing import NamedTuple

import pytest

from desktop.core.db import Store
from desktop.core.models import AgendaItem, Code, CodedSegment, Decision, Session, TranscriptTurn
from desktop.exports.pdf_layout import Masthead, Report
from desktop.exports.pdf_sessions import write_session_pdf

KURDISH = "UNDP گوتی 35% ی پرۆژەکە تەواو بووە."
ENGLISH = "Thank you, see you next week."
MARGIN = 15 * 72 / 25.4  # the report's 15 mm margins, in points

_PAGE = re.compile(r'<page width="([\d.]+)"')
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')
_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


class Word(NamedTuple):
    left: float
    right: float
    text: str  # as it stands on the page: an Arabic-script word's letters in visual order


class Line(NamedTuple):
    page_width: float
    words: list[Word]  # left to right

    @property
    def texts(self) -> list[str]:
        return [w.text for w in self.words]

    def x(self, text: str) -> float:
        (word,) = [w for w in self.words if w.text == text]
        return word.left


def page_lines(pdf: Path) -> list[Line]:
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         text=True, check=True, timeout=120).stdout
    lines: list[Line] = []
    for page in out.split("<page ")[1:]:
        width = float(_PAGE.match("<page " + page)[1])  # type: ignore[index]
        rows: dict[int, list[Word]] = {}
        for x_min, y_min, x_max, word in _WORD.findall(page):
            text = _CONTROLS.sub("", unicodedata.normalize("NFKC", word))
            if text:
                rows.setdefault(round(float(y_min)), []).append(Word(float(x_min), float(x_max), text))
        lines += [Line(width, sorted(words)) for _, words in sorted(rows.items())]
    return lines


def looks(word: str) -> str:
    """A logical Arabic-script word as poppler gives it back from the page: letters in visual order."""
    return unicodedata.normalize("NFKC", word)[::-1]


def line_with(lines: list[Line], text: str) -> Line:
    (line,) = [line for line in lines if text in line.texts]
    return line


def assert_right_to_left_on_the_right(line: Line) -> None:
    """The paragraph starts at the right margin and reads from the right: "UNDP" at the right of
    "گوتی", the full stop at the left end."""
    assert abs(line.words[-1].right - (line.page_width - MARGIN)) < 4, line.texts
    assert line.x("UNDP") > line.x(looks("گوتی")), line.texts
    assert line.words[0].text.startswith("."), line.texts
    assert "0:00:00" in line.words[-1].text, line.texts  # the turn's time first, where it starts


def assert_left_to_right_on_the_left(line: Line) -> None:
    assert abs(line.words[0].left - MARGIN) < 4, line.texts
    assert line.texts.index("Thank") < line.texts.index("week."), line.texts


def _focus_group(store: Store, language: str) -> str:
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2024, 3, 5), language=language)
        s.add(sess)
        s.flush()
        # The facilitator's turns: printed whatever the consent (a participant's need a consent record).
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), text=text, timestamp=f"0:0{i}:00")
                  for i, text in enumerate([KURDISH, ENGLISH]))
        return sess.id


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_kurdish_turn_starting_with_a_latin_word_is_printed_right_to_left(
        store: Store, tmp_path: Path, lang: str) -> None:
    sid = _focus_group(store, "ckb")
    out = tmp_path / f"transcript-{lang}.pdf"
    write_session_pdf(store, sid, out, "minutes", lang=lang)
    lines = page_lines(out)
    assert_right_to_left_on_the_right(line_with(lines, "UNDP"))
    # An English remark in the Kurdish session: left to right, at the left margin.
    assert_left_to_right_on_the_left(line_with(lines, "Thank"))


def test_a_turn_of_an_english_session_reads_in_its_first_letters_direction(store: Store, tmp_path: Path) -> None:
    """As in the editor: in a Kurdish page too, the turn is a left-to-right paragraph at the left (it was
    a right-to-left one on the right, the turn inside it left to right)."""
    sid = _focus_group(store, "en")
    out = tmp_path / "transcript-ckb.pdf"
    write_session_pdf(store, sid, out, "minutes", lang="ckb")
    line = line_with(page_lines(out), "UNDP")
    assert line.x("UNDP") < line.x(looks("پرۆژەکە")), line.texts  # left to right, as its first letter says
    assert abs(line.words[0].left - MARGIN) < 4, line.texts


def test_roundtable_minutes_notes_and_decisions_follow_the_session(store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        sess = Session(kind="roundtable", title="البصرة", date=dt.date(2024, 3, 6), language="ar")
        s.add(sess)
        s.flush()
        s.add_all([AgendaItem(session_id=sess.id, position=0.0, title="IHEC والتسجيل",
                              notes="WhatsApp قالوا إن المركز بعيد."),
                   Decision(session_id=sess.id, position=0.0, text=ENGLISH)])
        sid = sess.id
    out = tmp_path / "minutes-en.pdf"
    write_session_pdf(store, sid, out, "minutes", lang="en")
    lines = page_lines(out)
    notes = line_with(lines, "WhatsApp")
    assert abs(notes.words[-1].right - (notes.page_width - MARGIN)) < 4, notes.texts
    assert notes.x("WhatsApp") > notes.x(looks("قالوا")), notes.texts
    title = line_with(lines, "IHEC")
    assert abs(title.words[-1].right - (title.page_width - MARGIN)) < 4, title.texts
    decision = line_with(lines, "Thank")
    assert abs(decision.words[0].left - MARGIN) < 4, decision.texts


def test_a_paragraph_in_its_own_direction_and_the_page_head_in_the_documents(tmp_path: Path) -> None:
    """Report.paragraph(direction=...): the layout's own level. A page that breaks inside a
    left-to-right paragraph of an Arabic document still has its masthead on the right."""
    report = Report("ar", "latn", Masthead("منظمة الأمل", "Minutes", "البصرة"))
    report.paragraph(" ".join([ENGLISH] * 400), direction="ltr")
    report.paragraph(KURDISH, direction="rtl")
    out = report.save(tmp_path / "paragraphs.pdf")
    lines = page_lines(out)
    heads = [line for line in lines if looks("الأمل") in line.texts]
    assert len(heads) > 1
    for head in heads:
        assert abs(head.words[-1].right - (head.page_width - MARGIN)) < 4, head.texts
    english = [line for line in lines if "Thank" in line.texts]
    assert english and all(abs(line.words[0].left - MARGIN) < 4 for line in english)
    kurdish = line_with(lines, "UNDP")
    assert abs(kurdish.words[-1].right - (kurdish.page_width - MARGIN)) < 4, kurdish.texts
    assert kurdish.x("UNDP") > kurdish.x(looks("گوتی")), kurdish.texts


def test_a_summarys_quote_of_such_a_turn_reads_right_to_left(store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2024, 3, 5), language="ckb",
                       summary="WhatsApp لە گروپەکەدا نووسیمان.")
        code = Code(name_ar="تمويل", name_ckb="پارە", name_en="Funding")
        s.add_all([sess, code])
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=0.0, text=KURDISH)
        s.add(turn)
        s.flush()
        s.add(CodedSegment(code_id=code.id, doc_table="transcript_turn", doc_id=turn.id, doc_field="text",
                           start=0, end=len(KURDISH), quote=KURDISH, coder="amal"))
        sid = sess.id
    out = tmp_path / "summary-en.pdf"
    write_session_pdf(store, sid, out, "summary", lang="en")
    lines = page_lines(out)
    # «UNDP گوتی ... بووە.»: the opening mark at the right of UNDP, the full stop and closing mark at the left.
    quote = line_with(lines, "UNDP«")
    assert abs(quote.words[-1].right - (quote.page_width - MARGIN)) < 4, quote.texts
    assert quote.x("UNDP«") > quote.x(looks("گوتی")), quote.texts
    assert quote.words[0].text.startswith("»."), quote.texts
    summary = line_with(lines, "WhatsApp")
    assert abs(summary.words[-1].right - (summary.page_width - MARGIN)) < 4, summary.texts
