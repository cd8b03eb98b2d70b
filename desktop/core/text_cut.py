"""Text cut to a length without cutting a character in half.

What a person sees as one character (a grapheme cluster) can be several code points: a letter and its
harakat (بِّ), an emoji with a skin tone or a variation selector, a family joined by ZWJ (👨‍👩‍👧), a
flag made of two regional indicators (🇮🇶), a keycap (1️⃣). A plain ``text[:n]`` can end inside one
and leave a bare letter, a lone regional indicator (a box), half a family; in UTF-16 (Qt, Excel) it
can also split an emoji's surrogate pair, which no XML file can hold. ``cut`` ends only where one
cluster ends and the next begins.

The rule is UAX #29's, simplified so that it never breaks where the full rule would not (it may keep
a little more together, never less): combining marks, spacing marks, joiners, variation selectors,
emoji modifiers and tag characters stay with what precedes them; what follows a ZWJ or an Arabic
number sign (U+0600...) stays with it; regional indicators go in pairs; Hangul jamo stay in their
syllable; a virama followed by a letter (an Indic conjunct) stays together; CR LF is one.
"""

from __future__ import annotations

import unicodedata

from desktop.core.offsets import Utf16Map, utf16_length

ELLIPSIS = "…"

_ZWJ = "\u200d"
_ZWNJ = "\u200c"
# Characters that attach to the one before them besides the marks (categories Mn, Me, Mc).
_EXTEND_EXTRA = frozenset({_ZWJ, _ZWNJ, "\uff9e", "\uff9f"})
_CONTROLS = frozenset({"Cc", "Zl", "Zp"})
# Prepended concatenation marks: they join with what follows (GB9b). Arabic number signs first.
_PREPEND = frozenset(
    [*map(chr, range(0x0600, 0x0606)), "\u06dd", "\u070f", "\u0890", "\u0891", "\u08e2", "\u0d4e",
     "\U000110bd", "\U000110cd", "\U000111c2", "\U000111c3", "\U0001193f", "\U00011941", "\U00011a3a",
     *map(chr, range(0x11A84, 0x11A8A)), "\U00011d46", "\U00011f02"]
)
# Viramas that link two consonants into one cluster (Unicode 15.1, GB9c).
_LINKERS = frozenset({"\u094d", "\u09cd", "\u0acd", "\u0b4d", "\u0c4d", "\u0d4d"})


def _extends(ch: str) -> bool:
    """Whether ``ch`` never begins a cluster of its own after an ordinary character."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or ch in _EXTEND_EXTRA
        or 0x1F3FB <= code <= 0x1F3FF  # emoji skin tones
        or 0xE0020 <= code <= 0xE007F  # tag characters (the flags of England, Scotland, Wales)
    )


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _hangul(ch: str) -> str:
    code = ord(ch)
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97C:
        return "L"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "V"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "T"
    if 0xAC00 <= code <= 0xD7A3:
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    return ""


def _joined(text: str, i: int) -> bool:
    """Whether ``text[i - 1]`` and ``text[i]`` belong to one cluster (0 < i < len(text))."""
    before, after = text[i - 1], text[i]
    if "\ud800" <= before <= "\udbff" and "\udc00" <= after <= "\udfff":
        return True  # a surrogate pair held as two code points (text decoded with surrogatepass)
    if before == "\r":
        return after == "\n"
    if unicodedata.category(before) in _CONTROLS or before == "\n":
        return False
    if unicodedata.category(after) in _CONTROLS or after in "\r\n":
        return False
    if _extends(after) or before in _PREPEND or before == _ZWJ:
        return True
    if before in _LINKERS and unicodedata.category(after) == "Lo":
        return True
    if _regional(before) and _regional(after):
        run = 0
        while i - 1 - run >= 0 and _regional(text[i - 1 - run]):
            run += 1
        return run % 2 == 1
    jamo_before, jamo_after = _hangul(before), _hangul(after)
    if jamo_before and jamo_after:
        return (
            (jamo_before == "L" and jamo_after in ("L", "V", "LV", "LVT"))
            or (jamo_before in ("LV", "V") and jamo_after in ("V", "T"))
            or (jamo_before in ("LVT", "T") and jamo_after == "T")
        )
    return False


def is_boundary(text: str, index: int) -> bool:
    """Whether a cut of ``text`` at code-point ``index`` leaves every character whole."""
    return index <= 0 or index >= len(text) or not _joined(text, index)


def _utf16_prefix(text: str, units: int) -> int:
    """The most code points of ``text`` that take at most ``units`` UTF-16 units."""
    if len(text) <= units // 2:
        return len(text)
    # A position inside a surrogate pair rounds down: the emoji is left out, not split.
    return Utf16Map(text).from_utf16(units)


def cut(text: str, limit: int, *, utf16: bool = False) -> str:
    """The longest start of ``text`` of at most ``limit`` characters (UTF-16 units with ``utf16``,
    as Qt and Excel count) that ends where a character ends.

    A text that fits comes back unchanged; a first cluster longer than ``limit`` gives ``""``."""
    limit = max(0, limit)
    end = _utf16_prefix(text, limit) if utf16 else min(len(text), limit)
    if end >= len(text):
        return text
    while end > 0 and _joined(text, end):
        end -= 1
    return text[:end]


def shortened(text: str, limit: int, *, utf16: bool = False, mark: str = ELLIPSIS) -> str:
    """``text`` if it fits in ``limit``; otherwise cut to leave room for ``mark`` ("…") after it, so
    that the whole is at most ``limit`` long and shows that something was left off."""
    size = utf16_length(text) if utf16 else len(text)
    if size <= limit:
        return text
    room = limit - (utf16_length(mark) if utf16 else len(mark))
    return cut(text, room, utf16=utf16).rstrip() + mark
