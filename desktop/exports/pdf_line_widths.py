"""The widths fpdf2 measures while it breaks a paragraph into lines: each the same number as fpdf2's
own, got with far less shaping.

fpdf2 2.8 breaks lines one character at a time. Before each character it asks the width of the line
so far (``CurrentLine.width``), and at each space again; with text shaping on, HarfBuzz shapes that
whole prefix each time, so a line of n characters costs about n² characters shaped, and each
character is also shaped alone for its own width. The 100,000-character texts of
tests/exports/test_exports_take_stored_data.py took over a minute of CPU, four fifths of it here,
and every page's masthead was laid out the same way again.

Here, for each run of the line being built (a fragment: one font, one embedding level):

- the run is shaped once from where the line starts, a little past where the line can end (a
  *window*), and a prefix that ends at a cluster HarfBuzz does not mark *unsafe to break* is the
  window's glyphs before that cluster (HarfBuzz's contract for line breaking: hb-buffer.h,
  ``HB_GLYPH_FLAG_UNSAFE_TO_BREAK``); that is after a space or a letter that does not join;
- inside a word of joining letters the last letter takes its final form alone, so the prefix is
  shaped whole as fpdf2 shapes it, unless HarfBuzz allows splicing a short piece on the window's
  glyphs (``HB_GLYPH_FLAG_UNSAFE_TO_CONCAT`` clear on both sides: with Latin text it often is;
  Noto Naskh marks nearly every Arabic cluster, so there it rarely helps);
- a width once told for a length of the run is not measured again (the run only grows at its end
  or is cut back, so a length names one text), and a character's own width is shaped once per
  paragraph and style.

The glyphs being those of the prefix shaped alone, the width is summed from them as fpdf2 sums it
(same rounding, same order), so every line breaks where it broke before and the file is the same,
byte for byte (tests/exports/test_pdf_line_widths.py). Anything this does not know (no shaping, a
symbol font, letter spacing or stretching, the page-count fragment, a soft hyphen left out of the
line) is measured by fpdf2 as before. fpdf2 is pinned below 2.9 (pyproject.toml): these are its
internals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import uharfbuzz as hb  # type: ignore[import-untyped]

from desktop.exports.fpdf_api import CurrentLine, Fragment, MultiLineBreak

_UNSAFE_TO_BREAK = int(hb.GlyphFlags.UNSAFE_TO_BREAK)
_UNSAFE_TO_CONCAT = int(hb.GlyphFlags.UNSAFE_TO_CONCAT)
_WINDOW = 192  # characters shaped at first: a line of body text is about 100; grown when a line is longer
_TRIES = 4  # cluster starts tried further back before the whole prefix is shaped


def _shaping_key(params: dict[str, Any]) -> tuple[Any, ...]:
    """What fpdf2's ``perform_harfbuzz_shaping`` takes from the parameters."""
    features = params.get("features") or {}
    return (tuple(sorted(features.items())), params.get("fragment_direction"), params.get("script"),
            params.get("language"))


def _buffer(text: str, params: dict[str, Any]) -> Any:
    """A HarfBuzz buffer set up as fpdf2 sets it up (``TTFFont.perform_harfbuzz_shaping``), plus the
    unsafe-to-concat flags, which change no glyph and no position, only what the flags say."""
    buf = hb.Buffer()
    buf.cluster_level = 1
    buf.flags = hb.BufferFlags.PRODUCE_UNSAFE_TO_CONCAT
    buf.add_str(text)
    buf.guess_segment_properties()
    if params.get("fragment_direction") is not None:
        buf.direction = params["fragment_direction"].value
    if params.get("script") is not None:
        buf.script = params["script"]
    if params.get("language") is not None:
        buf.language = params["language"]
    return buf


def _properties(buf: Any) -> tuple[Any, Any, Any]:
    return buf.direction, buf.script, buf.language


class _Shaped:
    """A text shaped once: its glyphs' widths as fpdf2 counts them, their clusters and flags."""

    def __init__(self, font: Any, text: str, size: float, params: dict[str, Any],
                 properties: tuple[Any, Any, Any] | None = None) -> None:
        buf = _buffer(text, params)
        if properties is not None:  # a piece of a prefix: shaped as the prefix would be
            buf.direction, buf.script, buf.language = properties
        self.properties = _properties(buf)
        font.hbfont.ptem = size
        hb.shape(font.hbfont, buf, params.get("features") or {})
        scale = font.scale
        self.widths = [round(scale * pos.x_advance + 0.001) * size * 0.001 for pos in buf.glyph_positions]
        infos = buf.glyph_infos
        self.clusters = [info.cluster for info in infos]
        self.flags = [int(info.flags) for info in infos]
        self.rtl = self.properties[0] == "rtl"
        # cluster -> (first, last) glyph index in the buffer's (visual) order
        self.span: dict[int, tuple[int, int]] = {}
        for i, cluster in enumerate(self.clusters):
            first, _ = self.span.get(cluster, (i, i))
            self.span[cluster] = (first, i)

    def before(self, k: int) -> tuple[int, int]:
        """The glyphs of the clusters before character ``k`` (a cluster start): a slice of the buffer."""
        first, last = self.span[k]
        return (last + 1, len(self.widths)) if self.rtl else (0, first)

    def starts_clear(self, k: int, flag: int) -> bool:
        span = self.span.get(k)
        return span is not None and not self.flags[span[0]] & flag


class _Window:
    """A line's run shaped once from where it starts, a little past where the line can end."""

    def __init__(self, fragment: Any, source: list[str], start: int, size: int) -> None:
        self.source, self.start = source, start
        end = min(start + size, len(source))
        try:  # a line never runs past a line feed: neither need the window
            end = source.index("\n", start, end)
            self.complete = True
        except ValueError:
            self.complete = end == len(source)
        self.text = "".join(source[start:end])
        self.font = fragment.font
        self.size = fragment.font_size_pt
        self.params = fragment.text_shaping_parameters
        self.key = (self.size, _shaping_key(self.params))
        self.shaped = _Shaped(self.font, self.text, self.size, self.params)
        self.alike: int | None = None

    def guessed_alike(self) -> int:
        """The shortest prefix HarfBuzz gives the window's script, direction and language: with no
        script given (English) it guesses them from the first letter of a script (not a digit, space
        or mark), so a prefix has the window's once it holds that letter."""
        if self.alike is None:
            self.alike = 0
            if self.params.get("script") is None:
                lo, hi = 0, len(self.text)  # the answer lies in [lo, hi]
                while lo < hi:
                    mid = (lo + hi) // 2
                    if _properties(_buffer(self.text[:mid], self.params)) == self.shaped.properties:
                        hi = mid
                    else:
                        lo = mid + 1
                self.alike = lo
        return self.alike

    def width(self, text: str) -> tuple[int, float] | None:
        """(glyphs, width) of ``text`` shaped alone, as fpdf2's ``get_text_width`` gives them, when
        ``text`` starts the window and the window can tell; else None."""
        k = len(text)
        shaped = self.shaped
        if k == 0 or not self.text.startswith(text):
            return None
        if k < self.guessed_alike():
            return None  # the script HarfBuzz guesses for the prefix is not the window's
        if k == len(self.text):
            return len(shaped.widths), _sum(shaped.widths, 0, len(shaped.widths))
        if shaped.starts_clear(k, _UNSAFE_TO_BREAK):
            lo, hi = shaped.before(k)
            return hi - lo, _sum(shaped.widths, lo, hi)
        tries = 0
        for j in range(k - 1, 0, -1):
            if not shaped.starts_clear(j, _UNSAFE_TO_CONCAT):
                continue
            # Shaped alone, as HarfBuzz's contract has it: if nothing before it could change it, the
            # start of the piece is not unsafe to concat.
            piece = _Shaped(self.font, text[j:], self.size, self.params, shaped.properties)
            if piece.starts_clear(0, _UNSAFE_TO_CONCAT):
                lo, hi = shaped.before(j)
                count = hi - lo + len(piece.widths)
                if shaped.rtl:  # the piece's glyphs come first in a right-to-left buffer
                    return count, _sum(shaped.widths, lo, hi, _sum(piece.widths, 0, len(piece.widths)))
                return count, _sum(piece.widths, 0, len(piece.widths), _sum(shaped.widths, lo, hi))
            tries += 1
            if tries == _TRIES:
                break
        return None


def _sum(widths: list[float], lo: int, hi: int, total: float = 0) -> float:
    """In order, one by one, as fpdf2 adds them (a float sum depends on its order)."""
    for i in range(lo, hi):
        total += widths[i]
    return total


_fpdf_add_character = CurrentLine.add_character
_fpdf_character_width = Fragment.get_character_width
_fpdf_paragraph = MultiLineBreak.__init__
_fpdf_width: Callable[[Any], float] = CurrentLine.width.fget  # type: ignore[attr-defined]


def _measurable(fragment: Any) -> bool:
    font = fragment.font
    return (type(fragment) is Fragment and bool(fragment.text_shaping_parameters)  # not a
            and getattr(font, "type", None) == "TTF" and not font.is_symbol  # subclass (the page count)
            and fragment.char_spacing == 0 and fragment.font_stretching == 100)


class _Run:
    """A run of the line being built: its window and the widths already told, by length (the run's
    text only grows at its end or is cut back, so a length names one text)."""

    def __init__(self, fragment: Any, source: list[str], start: int) -> None:
        self.fragment, self.source, self.start = fragment, source, start
        self.measurable = _measurable(fragment)
        self.window: _Window | None = None
        self.told: dict[int, float] = {}

    def width(self, initial_cs: bool) -> float:
        fragment = self.fragment
        if not self.measurable:
            return float(fragment.get_width(initial_cs=initial_cs))
        n = len(fragment.characters)
        told = self.told.get(n)
        if told is not None:
            return told
        text = "".join(fragment.characters)
        window = self.window
        size = _WINDOW
        while window is None or (len(text) > len(window.text) and not window.complete):
            if window is not None:
                size = 2 * len(window.text)
            window = self.window = _Window(fragment, self.source, self.start, size)
        measured = window.width(text)
        if measured is None:
            width = float(fragment.get_width(initial_cs=initial_cs))
        else:
            font = fragment.font
            if window.size > font.biggest_size_pt:  # as fpdf2's get_text_width notes it
                font.biggest_size_pt = window.size
            width = float(measured[1] / fragment.k)
        self.told[n] = width
        return width


def _add_character(self: Any, character: str, character_width: float, original_fragment: Any,
                   original_fragment_index: int, original_character_index: int, *args: Any,
                   **kwargs: Any) -> None:
    before = self.fragments[-1] if self.fragments else None
    _fpdf_add_character(self, character, character_width, original_fragment, original_fragment_index,
                        original_character_index, *args, **kwargs)
    active = self.fragments[-1]
    if active is not before and isinstance(original_fragment, Fragment):
        # A new run of the line: it starts at this character of the paragraph's fragment.
        runs = self.__dict__.setdefault("_majlis_runs", {})
        runs[id(active)] = _Run(active, original_fragment.characters, original_character_index)


def _width(self: Any) -> float:
    runs = self.__dict__.get("_majlis_runs")
    if runs is None:
        return _fpdf_width(self)
    width: float = 0
    for i, fragment in enumerate(self.fragments):
        run = runs.get(id(fragment))
        if run is not None and run.fragment is fragment:
            width += run.width(i > 0)
        else:
            width += fragment.get_width(initial_cs=i > 0)
    return width


def _character_width(self: Any, character: str, print_sh: bool = False, initial_cs: bool = True) -> float:
    """fpdf2 shapes each character alone as it comes to it (its width beside the line's). Within one
    paragraph the same character in the same style (font, size, shaping, spacing) has the same width,
    so it is shaped once per paragraph (see :func:`_paragraph`)."""
    told = self.__dict__.get("_majlis_characters")
    if told is None:
        return float(_fpdf_character_width(self, character, print_sh, initial_cs))
    key = (self.__dict__["_majlis_style"], character, print_sh, initial_cs)
    width = told.get(key)
    if width is None:
        width = told[key] = _fpdf_character_width(self, character, print_sh, initial_cs)
    return float(width)


def _style(fragment: Any) -> tuple[Any, ...]:
    """All a character's width depends on besides the character (``Fragment.get_width``)."""
    params = fragment.text_shaping_parameters
    return (id(fragment.font), fragment.font_size_pt, _shaping_key(params) if params else None,
            bool(params), fragment.char_spacing, fragment.font_stretching, fragment.k)


def _paragraph(self: Any, *args: Any, **kwargs: Any) -> None:
    _fpdf_paragraph(self, *args, **kwargs)
    told: dict[tuple[Any, ...], float] = {}  # lives as long as the paragraph's fragments (and fonts)
    for fragment in self.fragments:
        if type(fragment) is Fragment:  # the page count's fragment measures itself
            fragment.__dict__["_majlis_characters"] = told
            fragment.__dict__["_majlis_style"] = _style(fragment)


def installed() -> bool:
    return CurrentLine.add_character is _add_character


def install() -> None:
    """Measure fpdf2's lines here from now on (idempotent)."""
    CurrentLine.add_character = _add_character  # type: ignore[method-assign]
    Fragment.get_character_width = _character_width  # type: ignore[method-assign]
    MultiLineBreak.__init__ = _paragraph  # type: ignore[method-assign]
    CurrentLine.width = property(_width)  # type: ignore[assignment,method-assign]


def uninstall() -> None:
    """fpdf2's own measuring again (tests compare the two)."""
    CurrentLine.add_character = _fpdf_add_character  # type: ignore[method-assign]
    Fragment.get_character_width = _fpdf_character_width  # type: ignore[method-assign]
    MultiLineBreak.__init__ = _fpdf_paragraph  # type: ignore[method-assign]
    CurrentLine.width = property(_fpdf_width)  # type: ignore[assignment,method-assign]
