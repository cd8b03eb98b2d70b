"""normalise_for_search folds a word at a time and remembers the words (a day's import folds the same
words again and again): its result is exactly normalise_with_offsets' text, whatever the text holds
(ZWNJ after ه, U+065A after و/ی/ل, marks after a space, compatibility forms that hold a space)."""

from __future__ import annotations

import random

from desktop.i18n.normalise import normalise_for_search, normalise_with_offsets

ALPHABET = [*"اأإآٱبتثةهھەىيیێکكڪلڵوۆڕرژزسشصضطظعغفڤقگنمپچ٠١٩۰۹ AßİéZ", "\u200c", "\u200d", "\u065a", "\u064b",
            "\u0651", "\u0670", "\u0640", "\u200f", "\u202b", "\u00a0", "\u2028", "\n", "\t", "\u3000", "\ufe70",
            "\ufefb", "e\u0301", "\u1100", "\u1161", " \u065a", "\u200c ", "ه\u200c", "ی\u065a"]


def test_word_by_word_is_the_same_as_the_whole() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
        assert normalise_for_search(text) == normalise_with_offsets(text)[0], repr(text)
