"""A PDF's lines break where fpdf2 broke them, measured without shaping each line once per character.

fpdf2 asks the width of the line so far after every character and shaped that whole prefix with
HarfBuzz each time: a long transcript took minutes. desktop/exports/pdf_line_widths.py shapes each
run of a line once and reads the prefixes' widths from it where HarfBuzz's line-breaking contract
allows (else it shapes a short piece, or the prefix). These tests hold it to fpdf2's own numbers:
every prefix's width equal to the last bit, whole documents equal byte for byte, and the shaping
done grown with the text, not with the text times the line's length.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pytest
import uharfbuzz  # type: ignore[import-untyped]

from desktop.exports import pdf_line_widths
from desktop.exports.fpdf_api import Fragment, TextDirection
from desktop.exports.pdf_layout import Masthead, Report

# Joining letters, harakat, lam-alef, الله, Kurdish letters, Latin kerning pairs (AV, To), digits,
# punctuation and a word in the other script: where a prefix ends inside a word the window must
# shape the piece again, and where it ends between letters that kern it must notice.
TEXTS = {
    "ar": "قالَ المُشارِكُ: لا نريد إلا الله والماء، 35% من النساء في البصرة (UNDP) قُلنَ ذلك.",
    "ckb": "ڕەزامەندی هەڵبژاردن لە پارێزگای هەولێر: ژنان و پیاوان ٣٥٪ گوتیان «ئاو نییە»",
    "en": "AVAWAY To Tokyo, 1995: \"Water\" was 35% of the talk; the women's council said مجلس too.",
}


@pytest.fixture
def fpdf_measures() -> Iterator[None]:
    """fpdf2's own measuring for the test's length (as it was, after)."""
    was = pdf_line_widths.installed()
    pdf_line_widths.uninstall()
    try:
        yield
    finally:
        if was:
            pdf_line_widths.install()


def _fragments(lang: str, text: str) -> tuple[Report, list[Fragment]]:
    report = Report(lang, "latn", Masthead("", "Transcript"))
    pdf = report.pdf
    assert pdf.text_shaping is not None
    pdf.text_shaping["direction"] = TextDirection.RTL if report.rtl else TextDirection.LTR
    return report, list(pdf._preload_bidirectional_text(text, False))


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_every_prefix_measures_as_fpdf2_measures_it(lang: str) -> None:
    report, fragments = _fragments(lang, TEXTS[lang])
    told = 0
    try:
        for fragment in fragments:
            source = fragment.characters
            for start in range(0, len(source), 7):  # a line may start anywhere in a run
                window = pdf_line_widths._Window(fragment, source, start, 48)  # small: the growing is used too
                for end in range(start + 1, min(len(source), start + 48) + 1):
                    text = "".join(source[start:end])
                    expected = fragment.font.get_text_width(text, fragment.font_size_pt,
                                                            fragment.text_shaping_parameters)
                    measured = window.width(text)
                    if measured is not None:
                        told += 1
                        assert measured == expected, (lang, text)  # equal floats, not close ones
    finally:
        report.close()
    assert told > 0  # the window answered (else every width came from fpdf2 and nothing was checked)


def _document(lang: str) -> bytes:
    rng = random.Random(11)
    words = TEXTS[lang].split()
    report = Report(lang, "latn", Masthead("Majlis", "Transcript", TEXTS[lang][:60], "2026-12-07"))
    report.pdf.creation_date = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)  # else the file holds the time
    report.title(TEXTS[lang][:30])
    for i in range(40):
        report.paragraph(f"[0:{i:02d}] P{i % 7}: " + " ".join(rng.choice(words) for _ in range(rng.randint(3, 60))))
    report.table(["A", "B", "C"], [[w, TEXTS[lang][:40], str(i)] for i, w in enumerate(words)], [1, 3, 1])
    report.paragraph(TEXTS[lang] + "\n" + TEXTS[lang][::-1], direction="rtl" if report.rtl else "ltr")
    return report.to_bytes()


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_document_is_the_same_byte_for_byte(lang: str, request: pytest.FixtureRequest) -> None:
    ours = _document(lang)
    request.getfixturevalue("fpdf_measures")
    assert _document(lang) == ours


def _characters_shaped(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    shaped = 0
    shape = uharfbuzz.shape

    def counting(font: object, buf: uharfbuzz.Buffer, *args: object) -> None:
        nonlocal shaped
        shaped += len(buf.glyph_infos)  # before shaping: one per character
        shape(font, buf, *args)

    monkeypatch.setattr(uharfbuzz, "shape", counting)  # fpdf2 and pdf_line_widths both call it there
    report = Report("ar", "latn", Masthead("", "Transcript"))
    report.paragraph(text)
    report.to_bytes()
    return shaped


def test_a_long_paragraph_is_shaped_a_few_times_over_not_once_per_character(monkeypatch: pytest.MonkeyPatch,
                                                                             request: pytest.FixtureRequest) -> None:
    rng = random.Random(5)
    words = TEXTS["ar"].split() + TEXTS["ckb"].split()
    text = " ".join(rng.choice(words) for _ in range(400))  # about 40 lines of about 90 characters
    ours = _characters_shaped(monkeypatch, text)
    request.getfixturevalue("fpdf_measures")
    fpdfs = _characters_shaped(monkeypatch, text)
    # fpdf2 shapes every prefix of every line: about 85 times the text here. The windows answer where a
    # prefix ends at a safe break (after a space, a non-joining letter); inside a word of joining
    # letters the last one takes its final form alone and the prefix is still shaped whole: about 30.
    assert fpdfs > 60 * len(text)
    assert ours < fpdfs / 2, (ours / len(text), fpdfs / len(text))
