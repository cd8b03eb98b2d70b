"""A row of buttons that goes on to a second line when its room is narrower than the buttons.

Four Kurdish buttons in one ``QHBoxLayout`` (the consent register's Record again, Withdraw, Print
record, Print register) asked for 1,241 logical pixels with a larger text size (Windows' "Make text
bigger", or Settings → Font size at 20 points), and the whole page scrolled sideways on a 1366-pixel
screen. In a ``FlowRow`` the row is as narrow as its widest button, and as tall as its lines.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem

from desktop.ui.widgets.size_change import tell_ancestors

SPACING = 6  # between two buttons, across and down, when the style says nothing


class FlowLayout(QLayout):
    """Items side by side in reading order (right to left in Arabic and Kurdish), on as many lines as
    the width needs; hidden widgets take no room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # Each item's widget as its Python wrapper, which Qt marks invalid when the widget is deleted. A
        # layout made in Python is told of a child's deletion by Qt (QLayout::widgetEvent) and takes its
        # item out; where it was not (a worker crashed in CI laying out such an item, cause unknown), the
        # item is skipped here rather than touched: touching a deleted widget ends the process.
        self._widgets: list[QWidget | None] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._widgets.append(item.widget())

    def addWidget(self, widget: QWidget) -> None:
        """``widget`` as the last item, in an item made here (as ``insertWidget``)."""
        self.insertWidget(len(self._items), widget)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """``widget`` as the ``index``-th item (as ``QBoxLayout.insertWidget``)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self._widgets.insert(index, widget)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        del self._widgets[index]
        return self._items.pop(index)

    def _drop_dead(self) -> None:
        """Forget the items whose widget is gone without this layout being told (see ``__init__``). An
        item Python made goes with its Python object (a plain QWidgetItem: its deletion does not look at
        the widget); one Qt made is left to Qt, never deleted from here (its deletion would)."""
        for index in reversed(range(len(self._items))):
            widget = self._widgets[index]
            if widget is not None and not shiboken6.isValid(widget):
                del self._items[index], self._widgets[index]

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _shown(self) -> list[QLayoutItem]:
        self._drop_dead()
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        gap = self.spacing()
        return gap if gap >= 0 else SPACING

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """One item a line: as narrow as the widest item."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (only measure unless ``place``); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        x, y, line = area.x(), area.y(), 0
        placed: list[tuple[QLayoutItem, int, int]] = []  # (item, x, y of its line) on the current line

        def place_line(height: int) -> None:  # each item in the middle of its line's height
            for item, left, top in placed:
                hint = item.sizeHint()
                box = QRect(left, top + (height - hint.height()) // 2, min(hint.width(), area.width()), hint.height())
                item.setGeometry(QStyle.visualRect(direction, area, box))
            placed.clear()

        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:  # no room left on this line
                if place:
                    place_line(line)
                x, y, line = area.x(), y + line + gap, 0
            placed.append((item, x, y))
            x += hint.width() + gap
            line = max(line, hint.height())
        if place:
            place_line(line)
        return y + line - rect.y() + margins.bottom()


class FlowRow(QWidget):
    """A widget holding a ``FlowLayout`` whose smallest height follows its width: splitters and scroll
    areas (which ask for smallest sizes, not heights for a width) then give it its second line."""

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        for widget in widgets:
            self.flow.addWidget(widget)
        # Until a layout gives it its width (a row on a tab not shown yet keeps Qt's first 100 pixels) it
        # counts one line: measured at 100 pixels, a roundtable's attendance buttons asked for five lines,
        # and the editor opened scrolling at a larger text size, its tabs squeezed by a tab out of sight.
        self._sized = False

    def insert(self, index: int, widget: QWidget) -> None:
        """``widget`` among the row's, at ``index`` in reading order."""
        self.flow.insertWidget(index, widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sized = True
        self._fit()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a button's words changed, or one was hidden
            self._fit()
        return done

    def _fit(self) -> None:
        height = self.flow.heightForWidth(self.width()) if self._sized else self.flow.sizeHint().height()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            # A splitter or tab widget above would keep the new line to itself (size_change). After this
            # turn: told while the layouts above are being redone, they lost it now and then.
            QTimer.singleShot(0, self, lambda: tell_ancestors(self))
