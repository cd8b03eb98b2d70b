"""The order in which a line's characters stand on the screen, left to right, for tests of mixed text.

A right-to-left line holding Latin pieces (an age band "65+", a shortcut "Alt+↑/↓", a count after a
range) can be stored right and still read wrongly: the Unicode bidirectional algorithm decides where
each piece lands. Qt lays out labels, buttons and cells with that algorithm (its QTextEngine); fpdf2,
already a dependency for the PDFs, implements it too and needs no font, so a test can ask where the
pieces of a widget's text stand without a screenshot (checked against Qt's own glyph positions for the
lines tested here). Mirroring is not applied: a "<" stays "<" in the returned string.
"""

from __future__ import annotations

import re

from fpdf.bidi import BidiParagraph
from fpdf.enums import TextDirection

# Embeddings, overrides, isolates and marks: they steer the order and are not drawn.
_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def shown_order(line: str, *, rtl: bool = True) -> str:
    """``line`` (one paragraph, no newline) as it stands on screen from left to right."""
    direction = TextDirection.RTL if rtl else TextDirection.LTR
    return _CONTROLS.sub("", BidiParagraph(line, direction).get_reordered_string())


def shown_in_cell(cell: object, sheet_rtl: bool) -> str:
    """An Excel cell's text as laid out: in the cell's own reading order (1 left to right, 2 right to
    left), else in the sheet's direction."""
    order = getattr(getattr(cell, "alignment", None), "readingOrder", 0)
    rtl = sheet_rtl if order in (0, None) else order == 2
    return shown_order(str(getattr(cell, "value", "")), rtl=rtl)
