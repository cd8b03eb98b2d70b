"""The direction a table cell's text is laid out in when painted, for tests of mixed-language lists."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem


def painted_direction(view: QAbstractItemView, column: int, wanted: str) -> Qt.LayoutDirection:
    """The direction of the first cell of ``column`` whose text holds ``wanted``, as its delegate paints it."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, column, QModelIndex())
        if wanted in str(index.data() or ""):
            delegate = view.itemDelegateForIndex(index)
            assert isinstance(delegate, QStyledItemDelegate)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            delegate.initStyleOption(option, index)  # as the cell is painted
            return option.direction
    raise AssertionError(f"no {wanted!r} in column {column}")
