"""Moving a code in the codebook tree from the keyboard: up and down among its siblings, under the code
above it, out of the code it is under. Dragging was the only way to arrange a codebook, out of reach of
a person who works from the keyboard (DESIGN.md, Interface: "Every action reachable by keyboard").

Alt+Shift with the arrows, as outliners do, and the same actions in the tree's context menu (the Menu
key, Shift+F10). Into a code goes the way the tree opens a code: Right in a left-to-right layout, Left
in a right-to-left one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeView

from desktop.ui.models.code_tree import CodeIdRole, CodeTreeModel
from desktop.ui.widgets.menu_room import keep_context_menu_room

Move = Callable[[str, str | None, int], None]  # code, its new parent (None: the top), index among the siblings


class CodeMoves(QObject):
    def __init__(self, tree: QTreeView, model: CodeTreeModel, move: Move) -> None:
        super().__init__(tree)
        self.tree, self.model, self._move = tree, model, move
        self.up, self.down, self.into, self.out = (QAction(tree) for _ in range(4))
        for action, how in ((self.up, "up"), (self.down, "down"), (self.into, "into"), (self.out, "out")):
            action.setObjectName(f"move_code_{how}")
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, how=how: self.move(how))
            tree.addAction(action)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        keep_context_menu_room(tree)  # its words whole at 20 points
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' words, and the arrow that goes into a code in the layout's direction."""
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.into.setText(self.tr("Move under the code above"))
        self.out.setText(self.tr("Move out of its parent code"))
        forward, back = ("Left", "Right") if self.tree.isRightToLeft() else ("Right", "Left")
        for action, key in ((self.up, "Up"), (self.down, "Down"), (self.into, forward), (self.out, back)):
            action.setShortcut(QKeySequence(f"Alt+Shift+{key}"))

    def target(self, how: str) -> tuple[str, str | None, int] | None:
        """(code, new parent, index among its new siblings) for the current code, None when it cannot
        go that way (the first cannot go up, a top-level code cannot go out…)."""
        index = self.tree.currentIndex().siblingAtColumn(0)
        code_id = index.data(CodeIdRole)
        if not code_id:
            return None
        parent = index.parent()
        parent_id = self._id(parent)
        row, count = index.row(), self.model.rowCount(parent)
        # The index counts the siblings without the code itself (desktop.core.codebook.move).
        if how == "up" and row > 0:
            return str(code_id), parent_id, row - 1
        if how == "down" and row < count - 1:
            return str(code_id), parent_id, row + 1
        if how == "into" and row > 0:
            above = self.model.index(row - 1, 0, parent)
            return str(code_id), self._id(above), self.model.rowCount(above)
        if how == "out" and parent.isValid():
            return str(code_id), self._id(parent.parent()), parent.row() + 1
        return None

    def move(self, how: str) -> None:
        found = self.target(how)
        if found is not None:
            self._move(*found)

    @staticmethod
    def _id(index: QModelIndex) -> str | None:
        value = index.data(CodeIdRole) if index.isValid() else None
        return str(value) if value else None
