"""An evidence brief prints a quote in the direction its session's words read.

The session PDF, the workbook and the coding window lay out a Kurdish or Arabic turn that begins with a
Latin word or a number ("UNDP گوتی 35% ...") right to left, as the focus-group editor does
(desktop/core/text_direction.py); the brief still took a quote's direction from its first strong
letter: in an English brief such a quote was printed left to right, its words in the wrong order
("UNDP" at the left of "گوتی") and its full stop at the wrong end. Now the quote carries its session's
language. Read back from the page with poppler's word boxes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core import coding, recommendations
from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.exports.brief_pdf import write_brief_pdf
from tests.advocacy_fixture import World, build
from tests.exports.test_pdf_turn_direction import MARGIN, line_with, looks, page_lines

KURDISH = "UNDP گوتی 35% ی پرۆژەکە تەواو بووە."
ENGLISH = "Thank you, see you next week."


def _brief_of(store: Store, world: World, texts: list[str], language: str) -> str:
    with store.transaction() as s:
        session = s.get(Session, world.sessions["S2"])
        assert session is not None
        session.language = language
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        for n, text in enumerate(texts):
            turn = TranscriptTurn(session_id=session.id, participant_id=world.people["P5"],
                                  text=text, position=20.0 + n)
            s.add(turn)
            s.flush()
            segment = coding.apply_code(s, world.codes["A1"], "transcript_turn", turn.id, "text", 0, len(text), "t")
            recommendations.link_segment(s, rec.id, segment.id)
        return rec.id


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_a_kurdish_quote_starting_with_a_latin_word_reads_right_to_left(
        store: Store, tmp_path: Path, lang: str) -> None:
    world = build(store)
    rec_id = _brief_of(store, world, [KURDISH, ENGLISH], "ckb")
    out = tmp_path / f"brief-{lang}.pdf"
    (brief,) = write_brief_pdf(store, out, rec_id=rec_id, lang=lang)
    assert {q.text for q in brief.quotes} == {KURDISH, ENGLISH}
    lines = page_lines(out)
    quote = line_with(lines, "UNDP«")  # «UNDP ...»: the opening mark at the right of UNDP
    assert abs(quote.words[-1].right - (quote.page_width - MARGIN)) < 4, quote.texts
    assert quote.x("UNDP«") > quote.x(looks("گوتی")), quote.texts
    assert quote.words[0].text.startswith("»."), quote.texts
    english = line_with(lines, "«Thank")  # an English remark in the Kurdish session: left to right, on the left
    assert abs(english.words[0].left - MARGIN) < 4, english.texts
