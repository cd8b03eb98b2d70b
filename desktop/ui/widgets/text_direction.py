"""A cell's text laid out in its own direction, so that a cut-off text ends in "…" at its own end.

A list shows Arabic and Kurdish titles in the English interface, and English ones in the Arabic and
Kurdish interfaces. Laid out in the interface's direction, an Arabic title too long for its column
was cut at its end (the left) but its "…" was drawn at the right, beside its first word, so it read
as if its beginning were missing. Each cell's text now takes the direction of its first strong
character (as a paragraph does, Unicode's bidi rule P2), and keeps the column's alignment, so a
column stays tidy whatever language each row is in.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

_LTR, _RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
_HORIZONTAL = Qt.AlignmentFlag.AlignHorizontal_Mask
_LEADING = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeading)


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong character; None for text without one (digits, signs)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return _LTR
        if kind in ("R", "AL"):
            return _RTL
    return None


def follow_text(option: QStyleOptionViewItem) -> None:
    """Lay ``option``'s text out in its own direction, aligned where the column's other texts are."""
    wanted = text_direction(option.text) if option.text else None
    if wanted is None or wanted == option.direction:
        return
    horizontal = option.displayAlignment & _HORIZONTAL
    if horizontal in _LEADING or horizontal == Qt.AlignmentFlag(0):
        # The column's leading edge in the interface's direction, held there (absolute) once the
        # cell's own direction is the other one.
        edge = Qt.AlignmentFlag.AlignLeft if option.direction == _LTR else Qt.AlignmentFlag.AlignRight
        option.displayAlignment = (option.displayAlignment & ~_HORIZONTAL) | edge | Qt.AlignmentFlag.AlignAbsolute
    option.direction = wanted


class TextDirectionDelegate(QStyledItemDelegate):
    """The item delegate of a view whose cells hold people's text (see the module)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        follow_text(option)


def cells_follow_their_text(view: QAbstractItemView) -> TextDirectionDelegate:
    """Give ``view`` (with no delegate of its own) a :class:`TextDirectionDelegate`."""
    delegate = TextDirectionDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
