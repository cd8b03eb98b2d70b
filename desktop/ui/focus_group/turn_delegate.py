"""How a turn's text is laid out in the transcript table: in its own direction (turn_direction)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.focus_group.turn_direction import turn_direction
from desktop.ui.focus_group.turns_model import COLUMNS, TurnsModel


class TurnDelegate(QStyledItemDelegate):
    """Lays each turn out in its own direction: an English turn in an Arabic screen keeps its "?" at
    the end, and a Kurdish turn in an English screen reads right to left, as in the text box."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        rtl_session = model.rtl_session if isinstance(model, TurnsModel) else False
        direction = turn_direction(str(index.data() or ""), rtl_session)
        if direction is not None and index.column() == COLUMNS.index("text"):
            option.direction = direction
            option.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
