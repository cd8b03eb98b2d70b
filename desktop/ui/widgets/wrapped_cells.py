"""A tree's names on as many lines as they need, broken between words, never cut with an ellipsis.

The Codebook page's code tree had one line per code: at a larger text size (20 points on a 1366x768
laptop at 150 %) beside the code's fields it was 193 pixels wide, "Electoral system" showed as
"Electora…" and "Persons with disabilities" as "Persons…", and the Segments column beside it ran out
of the tree's side. Now each name wraps at its spaces within its column (the row as tall as its
lines), the count column is as narrow as its numbers, and its heading, cut where the tree is narrow,
is whole in its tooltip, as each code's names are.

Qt's tree asks its delegate for a row's height without the column's width, so the delegate here
gives it: the column's width less the row's indentation. The rows are measured again when that
width changes (the window, the splitter or the text size).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTreeView

from desktop.ui.widgets.text_direction import TextDirectionDelegate

Index = QModelIndex | QPersistentModelIndex
COUNT_PAD = 16  # a count cell's margins beside its digits
HEADING_SHARE = 0.4  # the count's heading shown whole while it takes at most two fifths of the tree


def _depth(index: Index) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth


class WrappingTreeDelegate(TextDirectionDelegate):
    """Each cell's text in its own direction (TextDirectionDelegate), wrapped at words within its
    column: a row's height is that of its longest cell's lines."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def text_width(self, index: Index) -> int:
        """The width a cell of ``index`` has: its column's, less the indentation in the tree's column."""
        view = self.view
        width = view.columnWidth(index.column())
        if index.column() == view.treePosition() or (view.treePosition() < 0 and index.column() == 0):
            width -= view.indentation() * (_depth(index) + (1 if view.rootIsDecorated() else 0))
        return max(1, width)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if not self.view.wordWrap():
            return super().sizeHint(option, index)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, self.text_width(index), max(1, option.rect.height()))
        sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(sized, index)


class WrappedTree(QObject):
    """``tree``'s column ``names`` wraps (see the module) and takes the room column ``count`` leaves; the
    count is as wide as its widest number (its heading too while that takes at most two fifths)."""

    def __init__(self, tree: QTreeView, *, names: int = 0, count: int = 1) -> None:
        super().__init__(tree)
        self.tree, self.names, self.count = tree, names, count
        self.delegate = WrappingTreeDelegate(tree)
        tree.setItemDelegate(self.delegate)
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading cut short ends in "…"
        header.setSectionResizeMode(names, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(count, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._resized)
        tree.viewport().installEventFilter(self)  # its width: the count's heading shown or cut
        model = tree.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.headerDataChanged,
                       model.layoutChanged):
            signal.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column == self.names:
            self.fit()
            self.delegate.sizeHintChanged.emit(QModelIndex())  # every row measured again at the new width

    def _numbers(self, parent: QModelIndex, widest: int) -> int:
        model, metrics = self.tree.model(), self.tree.fontMetrics()
        for row in range(model.rowCount(parent)):
            cell = model.index(row, self.count, parent)
            widest = max(widest, metrics.horizontalAdvance(str(cell.data() or "")))
            widest = self._numbers(model.index(row, 0, parent), widest)
        return widest

    def fit(self, *_args: object) -> None:
        """The count column as wide as its numbers, and its heading where that leaves the names room."""
        header = self.tree.header()
        width = self._numbers(QModelIndex(), 0) + COUNT_PAD
        heading = header.sectionSizeFromContents(self.count).width()
        if heading <= HEADING_SHARE * self.tree.viewport().width():
            width = max(width, heading)
        header.setMinimumSectionSize(min(header.minimumSectionSize(), width))
        if header.sectionSize(self.count) != width:
            header.resizeSection(self.count, width)

    def refit(self) -> None:
        """Fit again after the font changed (the owner calls it)."""
        self.fit()
        self.delegate.sizeHintChanged.emit(QModelIndex())
