"""How a turn's text is laid out in the transcript table: in its own direction."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.focus_group.turns_model import COLUMNS


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character (as a paragraph's own direction), None if none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


class TurnDelegate(QStyledItemDelegate):
    """Lays each turn out in its own direction: an English turn in an Arabic screen keeps its "?" at
    the end, and a Kurdish turn in an English screen reads right to left, as in the text box."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(str(index.data() or ""))
        if direction is not None and index.column() == COLUMNS.index("text"):
            option.direction = direction
            option.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
