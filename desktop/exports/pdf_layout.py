"""A4 reports with a real text layer in Arabic, Sorani and English (fpdf2 + HarfBuzz).

Qt's PDF writer shapes Arabic script correctly on the page but loses Kurdish letters (ێ, ڵ) in the
file's text layer, so consent records could not be searched or quoted (see docs). fpdf2 shapes
each line with HarfBuzz (uharfbuzz) and writes the characters behind every glyph, so `pdftotext`,
search and copy give the words back. Both are pure Python plus wheels, which PyInstaller freezes.

Fonts are the bundled Noto fonts (``desktop/resources/fonts``, SIL OFL): Noto Naskh Arabic for Arabic
script and Noto Sans for Latin, each the fallback of the other, so a Latin pseudonym inside a
Kurdish line and an Arabic quote inside an English summary both render. Emoji have no glyph in
either font: they come from a colour emoji font when one can be had (``pdf_emoji``), else they are
left out of the page (a blank), never a crash.

Every page carries the organisation, the document's title, the session and its date at the top
and "Page n of N" at the foot, in the document's language and digits.
"""

from __future__ import annotations

import io
import logging
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.atomic_file import atomic_output
from desktop.core.text_direction import Direction
from desktop.exports.fpdf_api import (  # fpdf2, loadable without ssl as in the packaged app
    TextDirection,
    XPos,
    YPos,
)
from desktop.exports.pdf_bidi import _Pdf  # the fpdf2 document: mixed-direction lines in order
from desktop.exports.pdf_emoji import add_emoji_font
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.i18n.digits import Digits, apply_digits
from desktop.i18n.languages import is_rtl, item_separator

# fpdf2 logs a warning for every glyph a font lacks (emoji): expected, not news. What no font has is
# counted instead (Report.unprinted) and said once after the file is written.
logging.getLogger("fpdf").setLevel(logging.ERROR)
_SIGN_FONTS = (("math", "NotoSansMath-Regular.ttf"), ("symbols", "NotoSansSymbols-Regular.ttf"),
               ("symbols2", "NotoSansSymbols2-Regular.ttf"))

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
LINE = 5.2  # mm per line of body text
BODY_SIZE = 10.5
# No script for English: forcing "latn" on HarfBuzz leaves an Arabic name inside an English line
# unjoined and in the wrong order; left to guess, it shapes each run in its own script.
_SHAPING: dict[str, dict[str, str]] = {
    "ar": {"direction": "rtl", "script": "arab", "language": "ara"},
    "ckb": {"direction": "rtl", "script": "arab", "language": "kur"},
    "en": {"direction": "ltr"},
}


def fonts_dir() -> Path:
    """``desktop/resources/fonts`` (package data: the wheel and the PyInstaller folder carry it)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "desktop" / "resources" / "fonts"
    return Path(__file__).resolve().parents[1] / "resources" / "fonts"


def clean(value: object) -> str:
    """Stored text as a page can hold it: any value as text, no control characters, no lone
    surrogates (a hand-edited bundle can carry both), tabs as spaces, \\r\\n as \\n."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub("", text)


_ISOLATES: dict[Direction | None, str] = {None: "\u2068", "rtl": "\u2067", "ltr": "\u2066"}


def isolated(text: str, direction: Direction | None = None) -> str:
    """Stored words inside a line of the document's language, in their own direction (an isolate,
    ...PDI): the punctuation at their ends stays with them. An Arabic sentence in an English line
    otherwise had its full stop, and a quote its closing mark, at its right end, where an Arabic reader
    begins; an English one in an Arabic line had them at its left. The direction is ``direction`` when
    given (a session's words: desktop/core/text_direction.py, "UNDP گوتی 35%" right to left), else
    their first strong letter's (FSI)."""
    return f"{_ISOLATES[direction]}{text}\u2069" if text else text


def quoted(text: str, direction: Direction | None = None) -> str:
    """Words quoted in «guillemets», marks and all in the words' own direction (see :func:`isolated`)."""
    return isolated(f"«{text}»", direction)


@dataclass(frozen=True)
class Masthead:
    """What every page says at the top."""

    organisation: str
    title: str
    session: str = ""
    date: str = ""


if TYPE_CHECKING:
    _PathBase = Path
else:
    _PathBase = type(Path())  # PosixPath or WindowsPath: Path itself is subclassable from Python 3.12


class WrittenPdf(_PathBase):
    """The path of a PDF written, with how many distinct characters could not be printed in it (0: all)."""

    unprinted: int

    def __new__(cls, path: Path | str, *, unprinted: int = 0) -> WrittenPdf:
        made = super().__new__(cls, path)
        made.unprinted = unprinted
        return made


class Report:
    """One PDF document being written: headings, paragraphs, label/value lines, tables."""

    def __init__(self, lang: str, digits: Digits, masthead: Masthead, *, landscape: bool = False) -> None:
        self.lang = lang if lang in _SHAPING else "en"
        self.digits = digits
        self.rtl = is_rtl(self.lang)
        self.masthead = masthead
        pdf = _Pdf(self, landscape)
        # Parsed again for every document: fpdf2 subsets each font in place when the file is written, so
        # a parsed font cannot serve a second document (docs/benchmarks.md, "PDF export (line widths)").
        fonts = fonts_dir()
        pdf.add_font("naskh", "", str(fonts / "NotoNaskhArabic-Regular.ttf"))
        pdf.add_font("naskh", "B", str(fonts / "NotoNaskhArabic-Bold.ttf"))
        pdf.add_font("sans", "", str(fonts / "NotoSans-Regular.ttf"))
        pdf.add_font("sans", "B", str(fonts / "NotoSans-Bold.ttf"))
        # Arrows, ticks, mathematical and other common signs (← ✓ ≠ ★ ①) the text fonts lack: subsets
        # of Noto Sans Math / Symbols / Symbols 2 (resources/fonts/OFL.txt says which blocks).
        for family, file in _SIGN_FONTS:
            pdf.add_font(family, "", str(fonts / file))
        self.family = "naskh" if self.rtl else "sans"
        # Emoji last: a colour emoji font when one can be had (desktop/exports/pdf_emoji.py).
        pdf.set_fallback_fonts(["sans" if self.rtl else "naskh", *(family for family, _ in _SIGN_FONTS),
                                *add_emoji_font(pdf, fonts)], exact_match=False)
        shaping = _SHAPING[self.lang]
        # No discretionary ligatures ("liga"): Noto Naskh's ligature for الله comes back from the text
        # layer as "اهلل", so the word could not be found. Required ones (lam-alef) stay.
        pdf.set_text_shaping(use_shaping_engine=True, features={"liga": False}, direction=shaping["direction"],
                             script=shaping.get("script"), language=shaping.get("language"))
        pdf.set_margins(15, 15, 15)
        pdf.set_auto_page_break(True, margin=18)
        # The document's title, which a browser's viewer shows in its tab: in the document's language
        # (a session PDF names it by its catalogue word, "Minutes"; a brief gives it translated).
        pdf.set_title(clean(translate(self.lang, "PdfReport", masthead.title)))
        pdf.set_creator("Majlis")
        pdf.set_lang(self.lang)
        pdf.set_font(self.family, size=BODY_SIZE)
        self.pdf = pdf
        self.unprinted = 0  # distinct characters no font has: counted when the file is made
        pdf.add_page()

    # --- words -----------------------------------------------------------------------------------

    def word(self, context: str, text: str, **values: object) -> str:
        out = translate(self.lang, context, text)
        return out.format(**values) if values else out

    def number(self, n: int | str) -> str:
        return apply_digits(str(n), self.digits)

    # --- page furniture --------------------------------------------------------------------------

    @property
    def align(self) -> str:
        return "R" if self.rtl else "L"

    def side(self, direction: Direction | None) -> str:
        """Where a paragraph in ``direction`` sits: the side it starts from (None: the document's)."""
        return self.align if direction is None else "R" if direction == "rtl" else "L"

    def _masthead(self) -> None:
        pdf, m = self.pdf, self.masthead
        pdf.set_font(self.family, "B", 9)
        pdf.set_text_color(90, 90, 90)
        # Without a team, the application's name as the interface writes it in the document's language:
        # a Latin "Majlis" headed every page of an Arabic or Kurdish brief, record or minutes.
        name = clean(m.organisation) or self.word("PdfReport", QT_TRANSLATE_NOOP("PdfReport", "Majlis"))
        pdf.multi_cell(pdf.epw, 4.5, name, align=self.align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(self.family, "", 9)
        line = item_separator(self.lang, "  ·  ").join(clean(x) for x in (m.session, m.date) if x)
        if line:
            pdf.multi_cell(pdf.epw, 4.5, line, align=self.align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(170, 170, 170)
        pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
        pdf.set_y(pdf.get_y() + 3)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(self.family, "", BODY_SIZE)

    def _page_numbers(self) -> None:
        pdf = self.pdf
        total = pdf.pages_count
        pdf.set_auto_page_break(False)
        for page in range(1, total + 1):
            pdf.page = page
            pdf.set_xy(pdf.l_margin, pdf.h - 12)
            pdf.set_font(self.family, "", 8.5)
            pdf.set_text_color(90, 90, 90)
            text = self.word("PdfReport", QT_TRANSLATE_NOOP("PdfReport", "Page {page} of {pages}"),
                           page=self.number(page), pages=self.number(total))
            pdf.multi_cell(pdf.epw, 4, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.page = total

    # --- content ---------------------------------------------------------------------------------

    def title(self, text: str) -> None:
        self.pdf.set_font(self.family, "B", 15)
        self.pdf.multi_cell(self.pdf.epw, 8, clean(text), align=self.align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.space(2)
        self.pdf.set_font(self.family, "", BODY_SIZE)

    def heading(self, text: str) -> None:
        if self.pdf.get_y() > self.pdf.h - 40:  # never a heading alone at the foot of a page
            self.pdf.add_page()
        self.space(2)
        self.pdf.set_font(self.family, "B", 12)
        self.pdf.multi_cell(self.pdf.epw, 6.5, clean(text), align=self.align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.space(1)
        self.pdf.set_font(self.family, "", BODY_SIZE)

    def paragraph(self, text: str, *, bold: bool = False, size: float = BODY_SIZE, grey: bool = False,
                  direction: Direction | None = None) -> None:
        """A paragraph in the document's direction, or in ``direction`` (a session's words, laid out
        as the focus-group editor lays them: desktop/core/text_direction.py) and on its side."""
        text = clean(text)
        if not text.strip():
            return
        self.pdf.set_font(self.family, "B" if bold else "", size)
        if grey:
            self.pdf.set_text_color(90, 90, 90)
        base = None if direction is None else TextDirection.RTL if direction == "rtl" else TextDirection.LTR
        with self.pdf.base_direction(base):
            self.pdf.multi_cell(self.pdf.epw, LINE * size / BODY_SIZE, text,
                                align=self.side(direction), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_text_color(0, 0, 0)
        self.pdf.set_font(self.family, "", BODY_SIZE)
        self.space(1)

    def field(self, label: str, value: str) -> None:
        """``Label: value`` on one line (wrapped if long); the value in its own direction (:func:`isolated`)."""
        value = clean(value)
        if not value.strip():
            return
        self.paragraph(f"{clean(label)}: {isolated(value)}")

    def space(self, mm: float) -> None:
        self.pdf.set_y(self.pdf.get_y() + mm)

    def image_png(self, data: bytes | None, width: float = 70, max_height: float = 35) -> bool:
        """A stored PNG (a signature), at most ``width`` x ``max_height`` mm, or nothing if the bytes
        are not an image."""
        if not data:
            return False
        try:
            from PIL import Image

            with Image.open(io.BytesIO(data)) as image:
                image.load()
                ratio = image.height / image.width if image.width else 0.3
            width = min(width, max_height / ratio) if ratio > 0 else width
            if self.pdf.get_y() + width * ratio > self.pdf.h - 20:
                self.pdf.add_page()
            x = self.pdf.w - self.pdf.r_margin - width if self.rtl else self.pdf.l_margin
            self.pdf.image(io.BytesIO(data), x=x, y=self.pdf.get_y(), w=width)
            self.space(width * ratio + 2)
            return True
        except Exception:  # a damaged or foreign image in stored data: the record prints without it
            return False

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
              *, size: float = 9.0) -> None:
        """A ruled table; ``widths`` are shares of the page width. Columns run right to left in
        Arabic and Kurdish. The header row repeats on every page the table reaches."""
        pdf = self.pdf
        total = sum(widths)
        cols = [pdf.epw * w / total for w in widths]
        line = size * 0.5

        def draw(cells: Sequence[object], bold: bool) -> None:
            texts = [clean(c) for c in cells]
            pdf.set_font(self.family, "B" if bold else "", size)
            heights = []
            for text, width in zip(texts, cols, strict=True):
                lines = pdf.multi_cell(width, line, text or " ", dry_run=True, output="LINES", padding=1)
                heights.append(len(lines) * line + 2)
            height = max(heights)
            if pdf.get_y() + height > pdf.h - 18:
                pdf.add_page()
                if not bold:
                    draw(headers, True)
                    pdf.set_font(self.family, "", size)
            top = pdf.get_y()
            x = pdf.w - pdf.r_margin if self.rtl else pdf.l_margin
            for text, width in zip(texts, cols, strict=True):
                left = x - width if self.rtl else x
                if bold:
                    pdf.set_fill_color(235, 235, 235)
                    pdf.rect(left, top, width, height, style="DF")
                else:
                    pdf.rect(left, top, width, height)
                pdf.set_xy(left, top)
                pdf.multi_cell(width, line, text, align=self.align, padding=1,
                               new_x=XPos.RIGHT, new_y=YPos.TOP)
                x = left if self.rtl else x + width
            pdf.set_xy(pdf.l_margin, top + height)

        pdf.set_draw_color(150, 150, 150)
        draw(headers, True)
        for row in rows:
            draw(row, False)
        pdf.set_font(self.family, "", BODY_SIZE)
        self.space(2)

    # --- output ----------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        self._page_numbers()
        try:
            data = bytes(self.pdf.output())
            self.unprinted = len(self.pdf.unprinted_chars)  # left out of the page (_Pdf._printable)
            return data
        finally:
            self.close()

    def close(self) -> None:
        """Close the font files: after the output, or when the report is given up (a Cancel midway)."""
        # fpdf2 reads a colour font's glyphs as it writes them and leaves its file open after.
        for font in self.pdf.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()

    def save(self, path: Path, cancelled: Callable[[], bool] | None = None) -> WrittenPdf:
        """Write the PDF beside ``path`` and move it into place: never half a file under the name. Where
        ``cancelled`` says so, up to the last moment before the rename, InterruptedError and no file."""
        data = self.to_bytes()
        with atomic_output(path) as out:  # private (0600): consent records name people
            out.write(data)
            if cancelled is not None and cancelled():  # the last moment: past it, the file takes its name
                raise InterruptedError("export cancelled")
        return WrittenPdf(path, unprinted=self.unprinted)
