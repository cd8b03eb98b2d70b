"""The codebook beside the coding window's text: a tree of codes to drag onto the selected words, or
to apply with Enter or a double click (the keyboard's and a touchpad's way: dragging alone was out of
reach of the one and fiddly with the other). Its context menu opens a code's memo (code_memo_dialog.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTreeView

from desktop.ui.coding.code_memo_dialog import CodeMemoAction
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import CodeIdRole, CodeTreeModel
from desktop.ui.widgets.text_direction import cells_follow_their_text


def code_list(codes: CodeTreeModel, apply: Callable[[str], None], ctx: AppContext) -> QTreeView:
    tree = QTreeView()
    CodeMemoAction(tree, ctx)  # "Memo on the code…" in its context menu
    cells_follow_their_text(tree)
    tree.setModel(codes)
    tree.setDragEnabled(True)
    tree.setDragDropMode(QTreeView.DragDropMode.DragOnly)
    tree.setHeaderHidden(True)
    tree.setColumnHidden(1, True)  # usage counts belong to the codebook page
    tree.setExpandsOnDoubleClick(False)  # a double click applies the code
    tree.activated.connect(lambda index: apply(str(index.data(CodeIdRole))))
    return tree
