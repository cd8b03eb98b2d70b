"""A table delegate that counts the cells asked for their size: tests of column fitting on big tables
(the consent register, the Matrix, the Sync devices table) show how many cells a fitting laid out."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class CountingDelegate(QStyledItemDelegate):
    """The table's own delegate, counting the cells asked for their size."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.asked += 1
        return super().sizeHint(option, index)
