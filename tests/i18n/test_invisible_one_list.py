"""The invisible characters are named once (desktop/i18n/invisible.py), and each place that removes
them still removes what it should: the search folding, a one-line field's tidying, and the printable
form of a bundle's text. ZWNJ stays where it is spelling: inside a Sorani word.

The three lists had drifted: the search kept a word joiner (a transcript pasted from Word with one
inside a word was not found by that word), a name kept a soft hyphen (two equal-looking names that
never matched), and a device name printed the Arabic letter mark, the one bidi mark the printable
filter did not know.
"""

from __future__ import annotations

import importlib

import pytest

from desktop.core.sanitise import REPLACEMENT, printable
from desktop.i18n import invisible
from desktop.i18n.normalise import fold_name, normalise_for_search, normalise_with_offsets, tidy_line

ZWNJ = invisible.ZWNJ
SORANI = f"دەنگ{ZWNJ}دەرەکان لە هەولێر"  # voters in Erbil: a ZWNJ inside the first word


@pytest.mark.parametrize("mark", list(invisible.DISPLAY_ONLY), ids=lambda c: f"U+{ord(c):04X}")
def test_a_display_only_mark_is_folded_away_and_dropped_from_a_name(mark: str) -> None:
    assert normalise_for_search(f"قانون{mark}الانتخابات") == "قانونالانتخابات"
    assert normalise_with_offsets(f"قا{mark}نون")[0] == "قانون"
    assert tidy_line(f"{mark}أمل{mark} حسن{mark}") == "أمل حسن"
    assert tidy_line(f"{mark}{SORANI}") == SORANI  # the ZWNJ inside the word stays


@pytest.mark.parametrize("mark", list(invisible.BIDI_CONTROLS + invisible.LINE_SEPARATORS),
                         ids=lambda c: f"U+{ord(c):04X}")
def test_a_mark_that_reorders_or_breaks_a_line_is_not_printed(mark: str) -> None:
    assert printable(f"لابتوب{mark}البصرة") == f"لابتوب{REPLACEMENT}البصرة"


def test_zwnj_stays_in_sorani_words_wherever_it_is_spelling() -> None:
    assert tidy_line(SORANI) == SORANI
    assert printable(f"لاپتۆپی {SORANI}") == f"لاپتۆپی {SORANI}"
    # The search folds joiners away, and the old spelling of ە (ه + ZWNJ) meets the new one.
    assert normalise_for_search(SORANI) == normalise_for_search("دەنگدەرەکان لە هەولێر")
    assert normalise_for_search(f"خانه{ZWNJ}") == normalise_for_search("خانە")


def test_what_the_lists_disagreed_on() -> None:
    assert normalise_for_search("قانون\u2060الانتخابات") == normalise_for_search("قانونالانتخابات")  # word joiner
    assert tidy_line("أمل\u00ad حسن") == "أمل حسن"  # soft hyphen
    assert printable("لابتوب\u061cالبصرة") == f"لابتوب{REPLACEMENT}البصرة"  # Arabic letter mark


def test_revision_0010_keeps_the_folding_it_was_written_with() -> None:
    """The revision indexes memos as the app of its time folded them: a change of the live folding
    (the word joiner, above) does not change what the revision writes."""
    revision = importlib.import_module("desktop.core.migrations.versions.0010_segment_memos_searchable")
    assert not hasattr(revision, "normalise_for_search")
    for text in (SORANI, "نُريدُ قانوناً عادلاً ﻻ", "ئەنجومەن بەڵێنی دا", "Straße ٢٠٢٣", f"خانه{ZWNJ} کهر"):
        # The folding then: the live search's, less the keyboard look-alikes (0011), as names fold.
        assert revision._normalise_for_search(text) == fold_name(text)
    assert revision._normalise_for_search("هەڵبژاردن") == "هەڵبژاردن" != normalise_for_search("هەڵبژاردن")
    assert revision._normalise_for_search("قانون\u2060الانتخابات") == "قانون\u2060الانتخابات"
