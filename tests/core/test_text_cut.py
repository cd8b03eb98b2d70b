"""Text cut to a limit never cuts a character in half (desktop/core/text_cut.py).

Whether a cut is at a boundary is asked of Qt's own grapheme rules (QTextBoundaryFinder, UAX #29):
the app's cut must end where Qt, which draws the text, would let a cursor stand.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTextBoundaryFinder

from desktop.core.text_cut import cut, is_boundary, shortened


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


_REGIONAL = "".join(map(chr, range(0x1F1E6, 0x1F200)))


def _regional(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def qt_boundary(text: str, code_points: int) -> bool:
    """Whether Qt puts a grapheme boundary after the first ``code_points`` characters of ``text``.

    Qt 6.11 does not pair regional indicators that follow an emoji ("👨🇮🇶🇮🇶" breaks at 2, 4, 8: a
    flag cut in two, the boundary between the flags missing): between two flags is a boundary."""
    if code_points <= 0 or code_points >= len(text):
        return True
    if _regional(text[code_points - 1]) and _regional(text[code_points]):
        run = len(text[:code_points]) - len(text[:code_points].rstrip(_REGIONAL))
        return run % 2 == 0
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(utf16(text[:code_points]))
    return finder.isAtBoundary()


def has_lone_surrogate(text: str) -> bool:
    units = text.encode("utf-16-le", "surrogatepass")
    try:
        units.decode("utf-16-le")
    except UnicodeDecodeError:
        return True
    return False


# Characters this Python's Unicode tables know (3.11: Unicode 14): a mark added in a later version is
# "unassigned" here and cannot be told from a letter. Surrogates are not text (a str from Qt or the
# database never holds one alone).
_ASSIGNED = st.characters(blacklist_categories=("Cs", "Cn", "Co"))
# Text made mostly of what clusters: Arabic and Kurdish letters and harakat, joiners, selectors,
# skin tones, regional indicators, emoji, keycaps, Hangul jamo, Devanagari with virama.
_CLUSTERY = st.sampled_from(
    list("بِّتْکێڵە") + ["\u064b", "\u0650", "\u0651", "\u0670", "\u200d", "\u200c", "\ufe0f", "\ufe0e",
                       "\u20e3", "\U0001f3fd", "\U0001f1ee", "\U0001f1f6", "\U0001f468", "\U0001f469",
                       "\U0001f467", "\u2764", "\U0001f600", "1", "#", " ", "\r", "\n", "\u0600",
                       "\u1100", "\u1161", "\u11a8", "\uac00", "\uac01", "\u0915", "\u094d", "\u0937",
                       "\U000e0067", "\U000e007f", "\U0001f3f4", "e", "\u0301", "\u0903"])

REAL = [
    "چیرۆکی خەڵکی 👨\u200d👩\u200d👧\u200d👦 لە هەولێر 🇮🇶 و بِسْمِ اللّٰهِ ❤️ 1️⃣ 👍🏽 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "قالت: الشبابُ يريدون عملاً 🙏🏻 وليس وعوداً",
]


@settings(deadline=None)
@given(st.text(st.one_of(_ASSIGNED, _CLUSTERY)), st.integers(min_value=-2, max_value=80), st.booleans())
@example(REAL[0], 30, False)
@example(REAL[0], 31, True)
def test_a_cut_is_a_whole_prefix(text: str, limit: int, in_utf16: bool) -> None:
    out = cut(text, limit, utf16=in_utf16)
    assert text.startswith(out)
    assert (utf16(out) if in_utf16 else len(out)) <= max(0, limit) or out == text
    assert qt_boundary(text, len(out))
    assert is_boundary(text, len(out))
    assert not has_lone_surrogate(out)
    if (utf16(text) if in_utf16 else len(text)) <= limit:
        assert out == text


@settings(deadline=None)
@given(st.text(st.one_of(_ASSIGNED, _CLUSTERY)), st.integers(min_value=1, max_value=80), st.booleans())
def test_a_shortened_text_fits_with_its_ellipsis(text: str, limit: int, in_utf16: bool) -> None:
    out = shortened(text, limit, utf16=in_utf16)
    assert (utf16(out) if in_utf16 else len(out)) <= limit
    if out != text:
        assert out.endswith("…")
        assert text.startswith(out[:-1])
        assert qt_boundary(text, len(out) - 1)


@settings(deadline=None)
@given(st.text(_CLUSTERY.filter(lambda c: not "\u0900" <= c <= "\u097f"), min_size=1))
def test_the_cut_is_the_longest_that_qt_allows(text: str) -> None:
    """Not much shorter than it need be: Qt's last boundary within the limit is where it ends, except
    the few places the simplified rule keeps more together (after a ZWJ or a control,
    before a spacing mark). Not Devanagari: Qt breaks before a mark there when scripts mix.."""
    for limit in range(len(text) + 1):
        out = cut(text, limit)
        best = max(i for i in range(limit + 1) if qt_boundary(text, i))
        kept_together = any(c in "\u200d\r\n" or unicodedata.category(c) == "Mc" or _regional(c)
                            for c in text[max(0, best - 1): limit + 1])
        assert len(out) == best or kept_together, (text, limit, out)


def test_real_cuts_keep_each_character_whole() -> None:
    family = "👨\u200d👩\u200d👧"
    assert cut("ab" + family, 4) == "ab"
    assert cut("ab" + family, 7) == "ab" + family
    assert cut("🇮🇶🇮🇶", 3) == "🇮🇶"
    assert cut("بِّسم", 2) == ""
    assert cut("سبِّ", 2) == "س"
    assert cut("x👍🏽", 2) == "x"
    assert cut("x😀", 2, utf16=True) == "x"
    assert cut("x😀", 3, utf16=True) == "x😀"
    assert unicodedata.category(cut("ەِ ێ", 1)[-1:] or "x") != "Mn"
