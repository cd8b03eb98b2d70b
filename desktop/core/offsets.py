"""Text offsets: Unicode code points (what we store) and UTF-16 code units (what Qt counts).

Coded segments store Python ``str`` indices. ``QTextCursor`` positions count UTF-16 code units,
which differ after every character outside the Basic Multilingual Plane (emoji, some CJK): convert
at the Qt boundary and nowhere else.

The second half re-anchors segments after their source text was edited. The rule is "never silently
wrong": a segment is moved only when the moved span still holds exactly the text it held before;
otherwise its stored quote is looked for near the old place, and failing that the segment is flagged
for a person to fix.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from typing import Generic, Literal, Protocol, TypeVar, cast

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """How many UTF-16 units ``text`` takes (as Qt and Excel count); a lone surrogate counts one."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def to_utf16(text: str, index: int) -> int:
    """UTF-16 position of code-point ``index`` in ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


def from_utf16(text: str, position: int) -> int:
    """Code-point index of UTF-16 ``position``; a position inside a surrogate pair rounds down."""
    return Utf16Map(text).from_utf16(position)


class Utf16Map:
    """Both conversions for one text in O(log n) each, for long documents with many highlights."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code-point indices of the characters that take two UTF-16 units (found by the regex
        # engine: a Python loop over every character was half the time of opening a long transcript).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position where each of those characters starts.
        self._astral_u16 = [i + k for k, i in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        index = max(0, min(index, self.length))
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, position: int) -> int:
        position = max(0, position)
        # Astral characters starting before ``position`` each took one extra unit; a position
        # inside a surrogate pair thereby lands on the start of that character.
        k = bisect.bisect_left(self._astral_u16, position)
        return min(position - k, self.length)


# --- re-anchoring -------------------------------------------------------------------------------


class Anchored(Protocol):
    start: int
    end: int
    quote: str


S = TypeVar("S")  # anything with start, end and quote (a CodedSegment, or a test double)
Status = Literal["unchanged", "shifted", "reanchored", "flagged"]


@dataclass(frozen=True)
class Reanchored(Generic[S]):
    segment: S
    start: int  # the new span; for a flagged segment, the old span clamped to the new text
    end: int
    status: Status

    @property
    def flagged(self) -> bool:
        return self.status == "flagged"


# Above this many differing characters difflib gets slow; the whole middle is then one edit.
_DIFF_LIMIT = 20_000
# How far from its old place (in characters) a moved quote is still accepted as the same passage.
_SEARCH_WINDOW = 2_000


def _equal_blocks(old: str, new: str) -> list[tuple[int, int, int]]:
    """(old_start, new_start, length) of the stretches both texts share, in order."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    blocks = [(0, 0, prefix)] if prefix else []
    mid_old, mid_new = old[prefix : len(old) - suffix], new[prefix : len(new) - suffix]
    if mid_old and mid_new and len(mid_old) + len(mid_new) <= _DIFF_LIMIT:
        matcher = difflib.SequenceMatcher(None, mid_old, mid_new, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            if size:
                blocks.append((prefix + a, prefix + b, size))
    if suffix:
        blocks.append((len(old) - suffix, len(new) - suffix, suffix))
    return blocks


def _map(blocks: list[tuple[int, int, int]], pos: int, *, is_end: bool) -> int | None:
    for a, b, size in blocks:
        inside = a < pos <= a + size if is_end else a <= pos < a + size
        if inside:
            return b + (pos - a)
    return None


def _find_near(text: str, quote: str, near: int) -> int | None:
    lo = max(0, near - _SEARCH_WINDOW)
    hi = min(len(text), near + len(quote) + _SEARCH_WINDOW)
    best: int | None = None
    i = text.find(quote, lo, hi)
    while i != -1:
        if best is None or abs(i - near) < abs(best - near):
            best = i
        i = text.find(quote, i + 1, hi)
    return best


def reanchor(old_text: str, new_text: str, segments: list[S]) -> list[Reanchored[S]]:
    """Where each segment of ``old_text`` lies in ``new_text``, or that it must be flagged."""
    if old_text == new_text:
        return [Reanchored(item, cast(Anchored, item).start, cast(Anchored, item).end, "unchanged") for item in segments]
    blocks = _equal_blocks(old_text, new_text)
    out: list[Reanchored[S]] = []
    for item in segments:
        seg = cast(Anchored, item)
        quote = seg.quote or old_text[seg.start : seg.end]
        start = _map(blocks, seg.start, is_end=False)
        end = _map(blocks, seg.end, is_end=True)
        if start is not None and end is not None and new_text[start:end] == quote:
            status: Status = "unchanged" if (start, end) == (seg.start, seg.end) else "shifted"
            out.append(Reanchored(item, start, end, status))
            continue
        near = start if start is not None else seg.start + (len(new_text) - len(old_text))
        found = _find_near(new_text, quote, max(0, near)) if quote else None
        if found is not None:
            out.append(Reanchored(item, found, found + len(quote), "reanchored"))
        else:
            clamp_start = min(seg.start, len(new_text))
            out.append(Reanchored(item, clamp_start, min(max(seg.end, clamp_start), len(new_text)), "flagged"))
    return out
