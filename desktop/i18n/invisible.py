"""The invisible characters, named once: what search folds away, what a one-line field drops and what a
bundle's text may not print are all built from these groups (``normalise.py``, ``core/sanitise.py``).

Three lists kept apart had drifted: the search kept the word joiner that names lost, and a device name
from a bundle kept the Arabic letter mark, the one bidi mark the printable filter did not know.

ZWNJ and ZWJ are not in the groups that only steer display: in Sorani and Persian script they are
spelling (a ZWNJ keeps two parts of one word apart; ه + ZWNJ is the old way to write ە).
"""

from __future__ import annotations

ALM = "\u061c"  # Arabic letter mark
LRM, RLM = "\u200e", "\u200f"
ZWSP = "\u200b"  # zero-width space
ZWNJ, ZWJ = "\u200c", "\u200d"
WORD_JOINER = "\u2060"
BOM = "\ufeff"  # also the zero-width no-break space
SOFT_HYPHEN = "\u00ad"


def _span(first: int, last: int) -> str:
    return "".join(chr(c) for c in range(first, last + 1))


# The implicit marks: strong characters of one direction that show nothing (ALM, LRM, RLM).
IMPLICIT_MARKS = ALM + LRM + RLM
# The embeddings and overrides (LRE RLE PDF LRO RLO).
EMBEDDINGS = _span(0x202A, 0x202E)
# The isolates (LRI RLI FSI PDI): what the app puts around a path, an id, a name in a sentence.
ISOLATES = _span(0x2066, 0x2069)
# Marks that steer the bidirectional algorithm (they may reorder what is shown): all three groups.
BIDI_CONTROLS = IMPLICIT_MARKS + EMBEDDINGS + ISOLATES
#: Zero-width characters that neither steer nor spell: a space, a joiner that joins nothing in Arabic
#: script, the BOM.
ZERO_WIDTH = ZWSP + WORD_JOINER + BOM
#: Joiners that are spelling in Arabic script (kept in stored text and names, inside words).
JOINERS = ZWNJ + ZWJ
#: Line and paragraph separators: a line break in one character.
LINE_SEPARATORS = "\u2028\u2029"
#: What only steers display: never spelling, never seen.
DISPLAY_ONLY = BIDI_CONTROLS + ZERO_WIDTH + SOFT_HYPHEN


def char_class(chars: str) -> str:
    """``chars`` as the inside of a regular expression's character class (each one escaped)."""
    return "".join(f"\\u{ord(c):04x}" for c in chars)
