"""Cell editors for a session's editable tables: a combo box over fixed codes, a date box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyleOptionViewItem, QWidget

from desktop.ui.widgets.cell_delegate import CellDelegate
from desktop.ui.widgets.digit_spin import DigitDateEdit

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(CellDelegate):
    """A combo box over fixed codes, showing their translated names."""

    def __init__(self, codes: tuple[str, ...], label: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.codes, self.label = codes, label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code in self.codes:
            combo.addItem(self.label(code), code)
        return combo

    def fill(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(CellDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = DigitDateEdit(None, parent)  # the digit setting, not the locale's
        edit.setCalendarPopup(True)
        return edit

    def fill(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate(value.year, value.month, value.day) if isinstance(value, dt.date) else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        d = editor.date()
        model.setData(index, dt.date(d.year(), d.month(), d.day()), Qt.ItemDataRole.EditRole)
