"""A part of a window that scrolls when the window is shorter than it, instead of making the window
taller than the screen (a 1366x768 laptop at 150 % display scaling has 464 logical pixels of height
under its task bar)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ColumnScrollArea(QScrollArea):
    """Scrolls up and down: as narrow as its part allows, never narrower (a splitter beside it would
    otherwise squeeze the part and cut its fields and buttons off at one side)."""

    def minimumSizeHint(self) -> QSize:
        part = self.widget()
        if part is None:
            return super().minimumSizeHint()
        width = part.minimumSizeHint().expandedTo(part.minimumSize()).width()
        return QSize(width + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth(),
                     super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the part's smallest width changed (another language): tell the layout
        return super().eventFilter(watched, event)


def scrolled(part: QWidget, parent: QWidget | None = None, *, name: str = "", column: bool = False) -> QScrollArea:
    """``part`` in a frameless scroll area that gives it all its room when there is enough: a scroll
    bar shows only when the room is less than ``part``'s smallest size. No Tab stop of its own (the
    fields inside are the stops), and Qt scrolls to the field the Tab key reaches. A ``column``
    scrolls up and down only, and keeps the width ``part`` needs."""
    area = ColumnScrollArea(parent) if column else QScrollArea(parent)
    if name:
        area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if column:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(part)
    return area
