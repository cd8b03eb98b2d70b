"""Arabic words inside an English PDF, read where they stand on the page (poppler's word boxes).

An English evidence brief or session summary carries Arabic and Kurdish words: the law and article
("قانون انتخابات مجالس المحافظات — المادة 13"), the quotes, the turns of a transcript. A reader of
Arabic reads them from the right: the article's number at their left end, a quote's opening mark at
its right end and its full stop and closing mark at its left end.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from sqlalchemy import select

from desktop.core import recommendations
from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.exports.brief_pdf import write_brief_pdf
from desktop.exports.pdf_sessions import write_session_pdf
from tests.demo_stores import demo_store_fixture

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')
_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_ARABIC = re.compile("[\u0600-\u06ff]")

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=6, seed=3)


def page_lines(pdf: Path) -> list[list[str]]:
    """Every line of every page as its words from left to right, each word's letters as they stand
    on the page (an Arabic word's letters come back right to left: its visual order)."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         text=True, check=True, timeout=120).stdout
    lines: list[list[str]] = []
    for page in out.split("<page ")[1:]:
        rows: dict[int, list[tuple[float, str]]] = {}
        for x_min, y_min, _x_max, word in _WORD.findall(page):
            text = _CONTROLS.sub("", unicodedata.normalize("NFKC", word.replace("&quot;", '"')))
            if not text:
                continue  # an isolate's mark alone
            rows.setdefault(round(float(y_min)), []).append((float(x_min), text))
        lines += [[w for _, w in sorted(words)] for _, words in sorted(rows.items())]
    return lines


def looks(word: str) -> str:
    """A logical Arabic word as poppler gives it back from the page: letters in visual order."""
    return unicodedata.normalize("NFKC", word)[::-1]


def test_an_english_brief_puts_the_arabic_article_number_and_quote_marks_where_arabic_reads_them(
        store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        rec = next(r for r in recommendations.live(s) if re.search(r"\d", r.target_article or ""))
        rec_id, law, article = rec.id, rec.target_law, rec.target_article
    number = re.search(r"\d+", article).group()
    out = tmp_path / "brief-en.pdf"
    (brief,) = write_brief_pdf(store, out, rec_id=rec_id, lang="en")
    lines = page_lines(out)
    (law_line,) = [line for line in lines if "article:" in line]
    arabic = [i for i, w in enumerate(law_line) if _ARABIC.search(w)]
    assert not any(number in law_line[i] for i in arabic), law_line  # the number glued to a word: "نوناق13"
    first_law_word = looks(law.split()[0])
    # Right to left: the law's first word at the right end, the number at the left end after "المادة".
    assert law_line[-1] == first_law_word, law_line
    assert law_line.index(number) < min(arabic), law_line
    quotes = [q.text for q in brief.quotes if _ARABIC.search(q.text.split()[0]) and q.text.rstrip().endswith(".")]
    assert quotes
    for text in quotes:
        first, last = looks(text.split()[0]), looks(text.split()[-1])
        # The opening mark stands at the right of the quote's first word, the full stop and closing mark
        # at the left of its last word (the brief's short quotes each fit on one line).
        (line,) = [line for line in lines if any(w.endswith(first + "«") or w == first for w in line)]
        assert line[-1] == first + "«", (text, line)
        assert line[0] == "»" + last, (text, line)


def test_an_english_transcript_of_an_arabic_session_ends_each_turn_at_its_left(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        turns = s.scalars(select(TranscriptTurn).join(Session, Session.id == TranscriptTurn.session_id)
                          .where(Session.language == "ar", TranscriptTurn.participant_id.is_not(None))).all()
        turn = next(t for t in turns if t.text.rstrip().endswith(".") and len(t.text) < 60)
        session_id, text = turn.session_id, turn.text
    out = tmp_path / "transcript-en.pdf"
    write_session_pdf(store, session_id, out, "minutes", lang="en")
    # Left to right on the page: the last word (with its full stop) first, the first word last.
    expected = [looks(w) for w in reversed(text.split())]
    # The turn's line without its time and speaker; spaces left out (poppler may give the full stop,
    # drawn in the Latin font, as a word of its own). The turn is a right-to-left paragraph (as in the
    # focus-group editor): its time and speaker stand at its right, read as "]0:02:00[" and ":P01".
    def turn_only(word: str) -> bool:
        return not word.startswith(("[", "]", ":")) and not word.endswith(":")

    shown = ["".join(w for w in line if turn_only(w)) for line in page_lines(out)]
    assert "".join(expected) in shown, ([line for line in shown if expected[-1].strip(".") in line], expected)
