"""The one rule for when parts stand side by side and when one above the other.

A ``StackingRow`` (a row of fields) and a ``StackingSplitter`` (a list beside its record) turn from
across to down by it: across while their width holds every shown part at its least width, with the
gaps between them; down otherwise. Down, they ask only for their widest part's width. A part's least
width is its minimum size hint, or its minimum size where that was set larger.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget


def least_width(part: QWidget) -> int:
    """The narrowest ``part`` may be."""
    return part.minimumSizeHint().expandedTo(part.minimumSize()).width()


def across_width(parts: Sequence[QWidget], gap: int) -> int:
    """The width ``parts`` need side by side, ``gap`` pixels between each two."""
    widths = [least_width(w) for w in parts]
    return sum(widths) + max(gap, 0) * max(len(widths) - 1, 0)


def down_width(parts: Sequence[QWidget]) -> int:
    """The width ``parts`` need one above the other: their widest's."""
    return max((least_width(w) for w in parts), default=0)


def stands_across(width: int, parts: Sequence[QWidget], gap: int) -> bool:
    """Whether ``parts`` stand side by side in ``width`` pixels (rather than one above the other)."""
    return width >= across_width(parts, gap)
