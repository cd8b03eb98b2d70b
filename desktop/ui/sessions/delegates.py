"""Cell editors for a session's editable tables: a combo box over fixed codes, a date box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyleOptionViewItem, QWidget

from desktop.ui.widgets.cell_delegate import CellDelegate
from desktop.ui.widgets.digit_spin import DigitDateEdit
from desktop.ui.widgets.wheel_guard import ChoiceBox

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # a date box's stand-in for "no date" (its minimum), as on the Sessions page


class ChoiceDelegate(CellDelegate):
    """A combo box over fixed codes, showing their translated names."""

    def __init__(self, codes: tuple[str, ...], label: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.codes, self.label = codes, label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = ChoiceBox(parent)
        for code in self.codes:
            combo.addItem(self.label(code), code)
        return combo

    def fill(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        """The box as wide as its widest choice needs, over the cell beside it where its own is narrower
        (the column is as wide as the words shown, the box needs its arrow too: at 20 points in Kurdish
        the Attendance table's role being chosen was cut, 'ڕێکخراوی کۆمەڵگەی مەدەن…'). It starts at the
        cell's leading edge and stays within the table."""
        super().updateEditorGeometry(editor, option, index)
        room = editor.parentWidget()
        wanted = editor.sizeHint().width()
        if room is None or editor.width() >= wanted:
            return
        cell = editor.geometry()
        width = min(wanted, room.width())
        if editor.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left = max(0, cell.right() + 1 - width)
        else:
            left = max(0, min(cell.left(), room.width() - width))
        editor.setGeometry(QRect(left, cell.top(), width, cell.height()))


class DateDelegate(CellDelegate):
    """A date that may be none (an action item's due date). The box always held a date: one set by
    mistake could not be taken back, and an empty cell opened and left got today's. A cell without a
    date now opens saying so, Delete empties it, and Up gives today to start from (DigitDateEdit)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = DigitDateEdit(None, parent)  # the digit setting, not the locale's
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)  # the stand-in for none, shown as the special value text
        edit.setSpecialValueText(QCoreApplication.translate("DateDelegate", "No date"))
        edit.setToolTip(QCoreApplication.translate("DateDelegate", "Delete: no date"))
        edit.installEventFilter(self)
        return edit

    def fill(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate(value.year, value.month, value.day) if isinstance(value, dt.date) else NO_DATE)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        d = editor.date()
        value = None if d <= NO_DATE else dt.date(d.year(), d.month(), d.day())
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QDateEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            watched.setDate(NO_DATE)  # the whole date, not one digit of the section
            return True
        return super().eventFilter(watched, event)
