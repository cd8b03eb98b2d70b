"""Codings whose words were edited after they were coded (``needs_review``, see core/coding_anchor.py).

The text around them moved on but their own words changed, so they were left where they were and
flagged: the workspace says so beside the text and offers to move the coding onto the words the
researcher selects (which clears the flag), instead of a red wavy line nobody explains.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.ui.coding.text_view import DocBlock, SegmentView


def edited_coding(segments: Iterable[SegmentView], block: DocBlock, start: int, end: int,
                  current: SegmentView | None) -> SegmentView | None:
    """The flagged coding the caret (``start == end``) or selection is on, in code points of
    ``block``'s text: with several, ``current`` (the one chosen in the list beside the text) if it is
    one of them, else the first."""
    hits = [v for v in segments if v.needs_review and v.block is block
            and (v.start < end and start < v.end or v.start <= start < v.end)]
    return current if current in hits else next(iter(hits), None)
