"""F8 / Shift+F8 in the coding window: from one coding to the next or the previous, in reading order.

Codings are ordered by where they start in the window's text, then where they end (a nested one
after the one around it that starts at the same word), then id, so overlapping codings that start on
the same word are each visited. From the coding on screen (its words selected) the step is to its
neighbour; from anywhere else, to the first coding starting at or after the cursor (before it, going
back). At either end it goes round to the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.ui.coding.text_view import SegmentView

Span = tuple[int, int, str]  # (start, end, segment id): positions in the window's text


def neighbour(spans: Sequence[Span], current: str | None, cursor: int, *, forward: bool) -> str | None:
    ordered = sorted(spans, key=lambda span: (span[0], -span[1], span[2]))
    if not ordered:
        return None
    ids = [seg_id for _, _, seg_id in ordered]
    if current in ids:
        i = ids.index(current) + (1 if forward else -1)
        return ids[i % len(ids)]
    if forward:
        return next((seg_id for start, _, seg_id in ordered if start >= cursor), ids[0])
    return next((seg_id for start, _, seg_id in reversed(ordered) if start < cursor), ids[-1])


def jump_target(segments: Sequence[SegmentView], current: SegmentView | None, selection_start: int,
                selection_end: int, *, forward: bool) -> str | None:
    """The coding F8 (``forward``) or Shift+F8 goes to from the view's selection (UTF-16 positions);
    ``current`` counts as the coding on screen when exactly its words are selected."""
    on_screen = current is not None and (selection_start, selection_end) == (
        current.block.to_doc(current.start), current.block.to_doc(current.end))
    spans = [(v.block.to_doc(v.start), v.block.to_doc(v.end), v.id) for v in segments]
    return neighbour(spans, current.id if on_screen and current else None, selection_start, forward=forward)
