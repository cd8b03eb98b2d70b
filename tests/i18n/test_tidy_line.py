"""tidy_line: the invisible marks a paste brings leave a one-line field; Sorani's ZWNJ stays where it
is spelling (between letters, and after ه at a word's end: the old way to write ە)."""

from __future__ import annotations

import pytest

from desktop.i18n.normalise import normalise_for_search, tidy_line


@pytest.mark.parametrize(("typed", "kept"), [
    ("\u200fکاروان\u200e", "کاروان"),
    ("\u202bگفتوگۆی\u200f هەولێر\u202c", "گفتوگۆی هەولێر"),
    ("\u2067Trust\u2069 ", "Trust"),
    ("\u200bسلێمانی\u200c", "سلێمانی"),  # a ZWNJ that joins nothing
    ("هه\u200cولێر", "هه\u200cولێر"),  # old spelling of هەولێر: kept
    ("خانه\u200c", "خانه\u200c"),  # ه + ZWNJ at the end is ە: kept
    ("عه\u200c\u200cلی", "عه\u200cلی"),  # a doubled one is one
    ("\u200cئازاد", "ئازاد"),
    ("plain text ", "plain text "),  # nothing to drop: the value as it was
])
def test_tidy_line(typed: str, kept: str) -> None:
    assert tidy_line(typed) == kept
    assert normalise_for_search(tidy_line(typed)).strip() == normalise_for_search(typed).strip()
