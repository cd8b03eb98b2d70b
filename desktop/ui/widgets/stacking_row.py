"""A row of fields and buttons side by side where its width allows, one above the other where not.

A ``FlowRow`` suits buttons, each as wide as its words. A row whose field takes the room its buttons
leave (a note beside Add status and Remove status) would lose that stretch in it; in a plain
``QHBoxLayout`` it asked for the sum of its parts: at 24 points the Recommendations tab's evidence and
status rows made the recommendation's side 892 pixels wide at least, and the list beside it was left
214 pixels, too narrow to show any recommendation's title. A ``StackingRow`` is a ``QBoxLayout`` that
turns from across to down when its width is less than its parts need side by side: as narrow as its
widest part, and as it was whenever there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from desktop.ui.widgets import stacking
from desktop.ui.widgets.size_change import tell_ancestors

ACROSS = QBoxLayout.Direction.LeftToRight  # mirrored by Qt in Arabic and Kurdish
DOWN = QBoxLayout.Direction.TopToBottom


class StackingRow(QWidget):
    """``parts`` (widget, stretch) across, or down when narrower than they need across."""

    def __init__(self, parts: list[tuple[QWidget, int]], parent: QWidget | None = None, *,
                 down: QBoxLayout.Direction = DOWN) -> None:
        """``down``: BottomToTop puts the last part on top when they stand one above the other."""
        super().__init__(parent)
        self.down = down
        self.box = QBoxLayout(ACROSS, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in parts:
            self.box.addWidget(widget, stretch)

    def _shown(self) -> list[QWidget]:
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        return [w for item in items if item is not None and (w := item.widget()) is not None and not w.isHidden()]

    def across_width(self) -> int:
        """The width the shown parts need side by side."""
        return stacking.across_width(self._shown(), self.box.spacing())

    def minimumSizeHint(self) -> QSize:
        return QSize(stacking.down_width(self._shown()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._turn()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a part shown, hidden, or its words changed
            self._turn()
        return done

    def _turn(self) -> None:
        across = stacking.stands_across(self.width(), self._shown(), self.box.spacing())
        direction = ACROSS if across else self.down
        if direction != self.box.direction():
            self.box.setDirection(direction)
            # Down, the row is taller: a splitter or tab widget above would keep that to itself.
            tell_ancestors(self)


def labelled(label: QWidget, field: QWidget) -> QWidget:
    """``label`` and its ``field`` kept together on one line (a part of a ``StackingRow``): the field
    takes the room the label leaves."""
    pair = QWidget()
    line = QBoxLayout(ACROSS, pair)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(label)
    line.addWidget(field, 1)
    return pair
