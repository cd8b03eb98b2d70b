"""The fpdf2 document behind a :class:`~desktop.exports.pdf_layout.Report`: lines of mixed direction put
in order at every embedding level, each page's masthead in the document's direction, and the font
stated again before every cell (see ``pdf_layout``)."""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from desktop.exports.fpdf_api import (  # fpdf2, loadable without ssl as in the packaged app
    FPDF,
    BidiParagraph,
    Fragment,
    TextDirection,
    TextLine,
    auto_detect_base_direction,
)
from desktop.exports.pdf_line_widths import install as _measure_lines_once

_measure_lines_once()  # fpdf2 shaped a line's text again for every character: see pdf_line_widths

if TYPE_CHECKING:
    from desktop.exports.pdf_layout import Report

# --- bidirectional lines at every level ----------------------------------------------------------
#
# fpdf2 resolves each line's embedding levels (fpdf.bidi, UAX #9) but then keeps only their parity: a
# line becomes left-to-right and right-to-left fragments, and the right-to-left ones are put in reverse
# order. That is right for two levels only. A number inside Arabic words in an English line stands at
# level 2 (inside level 1): fpdf2 laid it out as one more left-to-right piece after the Arabic, so
# "Law and article: قانون ... — المادة 13" showed the 13 at the Arabic's start (its right end), beside
# قانون; an Arabic quote «…» in an English summary or brief had its full stop and closing mark at
# the right, before the first word a reader reads. Here each fragment carries its level and a line is
# put in order by rule L2 of the algorithm (from the highest level down to the lowest odd one, reverse
# every run at that level or above); HarfBuzz still lays out the letters inside each fragment.

_EMBEDDINGS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# What draws nothing anyway (joiners, direction marks, variation selectors, white space): kept for
# HarfBuzz (a ZWJ emoji sequence, Arabic joining) whatever the fonts have, and never counted as unprinted.
_DRAWS_NOTHING = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff\s]")
_LEVEL = "majlis_bidi_level"  # the fragment's embedding level, kept in its text-shaping parameters
_fpdf_line_order = TextLine.get_ordered_fragments


def _ordered_by_level(line: TextLine) -> list[Fragment]:
    fragments = list(line.fragments)
    levels: list[int] = []
    for fragment in fragments:
        params = fragment.text_shaping_parameters or {}
        if _LEVEL not in params:  # not written by a Report: fpdf2's own order
            return _fpdf_line_order(line)
        levels.append(int(params[_LEVEL]))
    odd = [level for level in levels if level % 2]
    if not odd:
        return fragments
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(fragments):
            if levels[i] < level:
                i += 1
                continue
            j = i
            while j < len(fragments) and levels[j] >= level:
                j += 1
            fragments[i:j] = fragments[i:j][::-1]
            levels[i:j] = levels[i:j][::-1]
            i = j
    return fragments


TextLine.get_ordered_fragments = _ordered_by_level  # type: ignore[assignment]


class _Pdf(FPDF):
    def __init__(self, report: Report, landscape: bool) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self.report = report
        self.unprinted_chars: set[str] = set()  # asked for, in no font of the document: left out

    def _printable(self, run: str) -> str:
        """``run`` without the characters no font of the document has (Hebrew, Syriac, CJK, an emoji
        without a colour font), each noted in ``unprinted_chars``. fpdf2 measured such a character as
        its font's .notdef box and then drew nothing for it, so the line was placed as if it were wider
        than it is: a right-to-left turn stood short of the right margin, and where a glyph after it is
        placed on its own (a shadda, "الميسّر") the blank opened there, inside the speaker's label. Left
        out before the line is measured, nothing stands in for them, as nothing was drawn for them."""
        fonts = [self.current_font, *(self.fonts[family] for family in self._fallback_font_ids)]
        cmaps = [getattr(font, "cmap", {}) for font in fonts]  # TrueType fonts, all a Report adds
        missing = {char for char in set(run)
                   if not _DRAWS_NOTHING.match(char) and not any(ord(char) in cmap for cmap in cmaps)}
        if not missing:
            return run
        self.unprinted_chars |= missing
        return "".join(char for char in run if char not in missing)

    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Sequence[Fragment]:
        """As fpdf2's, but a fragment is a run of one embedding level (not of one direction), and it
        carries its level for :func:`_ordered_by_level`."""
        shaping = self.text_shaping
        if not shaping:
            return super()._preload_bidirectional_text(text, markdown)
        direction = shaping["direction"] or auto_detect_base_direction(text)
        shaping["paragraph_direction"] = direction
        paragraph = BidiParagraph(text=text, base_direction=direction, preserve_bn_chars=True,
                                  alias=self.str_alias_nb_pages)
        # Joined once per run: adding to the run character by character copied it each time (0.75 s
        # for a 100,000-character paragraph in one direction, four times that for twice the text).
        runs = [("".join(char.character for char in chars), level) for level, chars
                in itertools.groupby(paragraph.get_characters(), key=lambda char: char.embedding_level)]
        emphasis = ("B" in self.font_style, "I" in self.font_style, self.strikethrough, self.underline)
        fragments: list[Fragment] = []
        for run, level in runs:
            # The embeddings and isolates have done their work (the levels): they draw nothing, and in
            # the text layer they only split words (a space before an isolate was lost in pdftotext).
            run = _EMBEDDINGS.sub("", run)
            if not run:
                continue
            if paragraph.alias and paragraph.sentinel:
                run = run.replace(paragraph.sentinel, paragraph.alias)
            run = self._printable(run)
            if not run:
                continue
            shaping["fragment_direction"] = TextDirection.RTL if level % 2 else TextDirection.LTR
            shaping[_LEVEL] = level
            fragments.extend(self._preload_font_styles(run, markdown, _initial_emphasis=emphasis))
            emphasis = getattr(self, "_markdown_emphasis", emphasis)
        shaping.pop(_LEVEL, None)
        return tuple(fragments)

    @contextlib.contextmanager
    def base_direction(self, direction: TextDirection | None) -> Iterator[None]:
        """Paragraphs laid out in ``direction`` while inside (None: as they are)."""
        shaping = self.text_shaping
        if shaping is None or direction is None:
            yield
            return
        before = shaping["direction"]
        shaping["direction"] = direction
        try:
            yield
        finally:
            shaping["direction"] = before

    def header(self) -> None:
        # In the document's direction, even when a page breaks inside a paragraph of another direction.
        with self.base_direction(TextDirection.RTL if self.report.rtl else TextDirection.LTR):
            self.report._masthead()

    def multi_cell(self, *args: Any, **kwargs: Any) -> Any:
        # fpdf2 2.8 states the font once ("BT /F Tf ET") and then writes text objects inside q/Q
        # without it; in table cells poppler then found "no font in show" and the text layer came
        # out as garbage. Re-stating the font before every cell costs a few bytes and keeps each
        # cell readable on its own.
        if not kwargs.get("dry_run"):
            self.current_font_is_set_on_page = False
        return super().multi_cell(*args, **kwargs)
