"""The coding window's texts folded for its find bar, a slice at a time, and where a query is found.

Folding a 1,500-turn transcript takes a tenth of a second or more (a third before the words were
remembered): done at once, it froze the window the moment the find bar opened. ``fold_some`` folds
for a few milliseconds and returns; the bar calls it again from the event loop until every text is
folded, typing going on meanwhile. A text folded once is kept while the window shows it (an edited
turn is folded again alone).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Sequence

from desktop.core.text_find import FoldedText
from desktop.ui.coding.text_view import DocBlock

Match = tuple[int, int]  # positions in the window's text (UTF-16 units, as Qt counts)
SLICE_SECONDS = 0.008


class FindIndex:
    def __init__(self) -> None:
        self._folded: dict[str, FoldedText] = {}
        self._todo: list[str] = []
        self._blocks: Sequence[DocBlock] | None = None

    def follow(self, blocks: Sequence[DocBlock]) -> None:
        """The window's texts now (after it built its text again): what is folded already stays."""
        if blocks is self._blocks:
            return
        self._blocks = blocks
        texts = dict.fromkeys(b.doc.text for b in blocks)
        self._folded = {t: self._folded[t] for t in texts if t in self._folded}
        self._todo = [t for t in texts if t not in self._folded]

    def ready(self) -> bool:
        return not self._todo

    def fold_some(self, seconds: float = SLICE_SECONDS) -> bool:
        """Fold texts for about ``seconds``; whether all are folded."""
        until = time.perf_counter() + seconds
        while self._todo and time.perf_counter() < until:
            text = self._todo.pop()
            self._folded[text] = FoldedText(text)
        return not self._todo

    def matches(self, query: str) -> list[Match]:
        """Where the folded ``query`` is, in reading order (every text folded: ``ready``)."""
        found: list[Match] = []
        for block in self._blocks or ():
            found.extend((block.to_doc(a), block.to_doc(b)) for a, b in self._folded[block.doc.text].find(query))
        return found


def first_from(matches: Sequence[Match], position: int) -> int:
    """The match starting at or after ``position``, or the first one (the search goes round)."""
    i = bisect.bisect_left(matches, (position, -1))
    return i if i < len(matches) else 0


def step_from(matches: Sequence[Match], selection: Match, current: int | None, *, forward: bool) -> int:
    """Where Enter (``forward``) or Shift+Enter goes: from the match selected to its neighbour; from
    anywhere else, to the first match after the cursor (the last before it, going back); round at
    either end."""
    n = len(matches)
    if current is not None and 0 <= current < n and matches[current] == selection:
        return (current + (1 if forward else -1)) % n
    if forward:
        i = first_from(matches, selection[0])
        return (i + 1) % n if matches[i] == selection else i
    return (bisect.bisect_left(matches, (selection[0], -1)) - 1) % n
