"""Finding typed words inside one long text (the coding window's find bar), folded as every search
of the app folds (``i18n.normalise``): typed without harakat, tatweel or hamza, with Arabic-Indic
digits or an Arabic keyboard's look-alikes of Sorani letters, the words are found as written.

Folding changes lengths (harakat and tatweel go, ﻻ becomes two letters), so a match in the folded
text is mapped back to code points of the text as stored: ``normalise_with_offsets``' map, built a
word at a time with the words remembered (a 1,500-turn transcript holds the same words over and
over, and folding every character again took a third of a second). A match that begins or ends
inside what one character folded to (the ل of ﻻ, one s of ß) is no match: no span of the text
holds exactly those letters.
"""

from __future__ import annotations

import bisect
import functools
import re

from desktop.i18n.normalise import normalise_for_search, normalise_with_offsets

Span = tuple[int, int]  # code points of the text: text[start:end]

# As normalise_for_search splits: a word with the white space before it (no folding rule looks back
# across a space, so the text's fold is its words' folds joined).
_WORDS_WITH_SPACE = re.compile(r"\s+\S*|\S+")


@functools.lru_cache(maxsize=65_536)
def _folded_word(word: str) -> tuple[str, tuple[int, ...]]:
    folded, offsets = normalise_with_offsets(word)
    return folded, tuple(offsets[:-1])


def fold_query(typed: str) -> str:
    """What a typed query looks for (blank when it holds only marks or spaces)."""
    folded = normalise_for_search(typed)
    return folded if folded.strip() else ""


class FoldedText:
    """One text folded for search, and the way from a place in the fold back to the text."""

    __slots__ = ("folded", "length", "_folded_starts", "_text_starts", "_offsets")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        parts: list[str] = []
        self._folded_starts: list[int] = []  # where each word's fold starts in ``folded``
        self._text_starts: list[int] = []  # where the word starts in the text
        self._offsets: list[tuple[int, ...]] = []  # each folded character's start, within its word
        at = 0
        for m in _WORDS_WITH_SPACE.finditer(text):
            folded, offsets = _folded_word(m.group())
            if not folded:
                continue  # marks alone: nothing of it is found, and nothing maps to it
            parts.append(folded)
            self._folded_starts.append(at)
            self._text_starts.append(m.start())
            self._offsets.append(offsets)
            at += len(folded)
        self.folded = "".join(parts)

    def offset(self, j: int) -> int:
        """Where in the text the character folded to ``folded[j]`` begins (the text's length for the
        fold's end): ``normalise_with_offsets(text)[1][j]``."""
        if j >= len(self.folded):
            return self.length
        k = bisect.bisect_right(self._folded_starts, j) - 1
        return self._text_starts[k] + self._offsets[k][j - self._folded_starts[k]]

    def _whole(self, j: int) -> bool:
        """Whether a match may begin (or end) at ``folded[j]``: not inside one character's fold."""
        return j in (0, len(self.folded)) or self.offset(j) != self.offset(j - 1)

    def find(self, query: str) -> list[Span]:
        """Every place of the text that folds to ``query`` (a folded query: ``fold_query``), in
        order and not overlapping: ``text[start:end]`` (a mark or tatweel after the last letter
        comes with it, as the app's search highlights)."""
        spans: list[Span] = []
        if not query:
            return spans
        i = self.folded.find(query)
        while i != -1:
            end = i + len(query)
            if self._whole(i) and self._whole(end):
                spans.append((self.offset(i), self.offset(end)))
                i = self.folded.find(query, end)
            else:
                i = self.folded.find(query, i + 1)
        return spans
