"""A table cell's editor is filled from the model once, when it opens; what is typed then stays.

Qt refills every open cell editor whenever the model reports ``dataChanged`` over its cell, whatever
the roles (``QAbstractItemView::dataChanged`` ignores them). A language or digit switch repaints a
table through ``dataChanged`` over every cell (``ColumnTableModel.retranslate``), although no value
changed: a decision typed into its cell but not yet committed with Enter was replaced by the stored
value (empty for a new row) and the empty text was then saved. In these tables only the editor
itself changes a row while its cell is open (a reload resets the model, which closes the editor),
so an open editor has nothing newer to show.

Every delegate of an editable table derives from ``CellDelegate`` and fills its editor in ``fill``.
Not for persistent editors (``openPersistentEditor``): those would never show a later value.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets.line_limit import settle
from desktop.ui.widgets.text_direction import TextDirectionDelegate

Index = QModelIndex | QPersistentModelIndex

_FILLED = "majlis_cell_filled"  # a dynamic property on the editor: set once it shows the cell's value


class CellDelegate(TextDirectionDelegate):  # each cell's text shown in its own direction too
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if editor.property(_FILLED):
            return  # a repaint of the table, not a new value: keep what the person is typing
        self.fill(editor, index)
        editor.setProperty(_FILLED, True)

    def fill(self, editor: QWidget, index: Index) -> None:
        """Put the cell's value into a new editor (override instead of ``setEditorData``)."""
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        settle(editor)  # a paste cut to the cell's limit is in the editor before it is read
        super().setModelData(editor, model, index)
