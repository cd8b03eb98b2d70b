"""A splitter whose parts stand side by side where its width allows, one above the other where not.

The Recommendations tab put its list beside the recommendation: at 20 points on a 1366x768 laptop at
150 % the two asked 702 pixels at least (the list's New recommendation button 296, the recommendation's
fields 402) in a page 613 wide, and the whole page scrolled sideways, the recommendation's fields cut
at its edge. A ``StackingSplitter`` asks only for its widest part's width and turns from across to
down when narrower than its parts need side by side (as ``StackingRow`` does for a row of fields);
with room it is the splitter it was, and its handle still moves the line between them. (Turned, its
parts keep their lengths: heights become widths. ``SplitterShares`` sets them again after a resize.) Down, each part
is at least ``DOWN_LINES`` lines of text tall (or as tall as it asks, if less): the page's frame scrolls
down to it rather than leave the recommendation's fields a sliver under a list (72 pixels at 24 points).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets import stacking
from desktop.ui.widgets.size_change import tell_ancestors
from desktop.ui.widgets.splitter import Splitter

DOWN_LINES = 8


class StackingSplitter(Splitter):
    """A horizontal ``QSplitter`` that lays its parts out vertically while narrower than they need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def _shown(self) -> list[QWidget]:
        return [w for i in range(self.count()) if (w := self.widget(i)) is not None and not w.isHidden()]

    def across_width(self) -> int:
        """The width the shown parts need side by side, with the handles between them."""
        return stacking.across_width(self._shown(), self.handleWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(stacking.down_width(self._shown()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._turn()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a part's smallest size changed (a font, a language)
            self._turn()
        elif event.type() == QEvent.Type.FontChange:
            self._heights()
        return done

    def _heights(self) -> None:
        """Down, each part at least DOWN_LINES lines tall (less if it asks for less); across, as it asks.
        (The parts' own least heights are this splitter's to set.)"""
        lines = DOWN_LINES * self.fontMetrics().lineSpacing()
        for part in self._shown():
            down = self.orientation() == Qt.Orientation.Vertical
            part.setMinimumHeight(max(0, min(part.sizeHint().height(), lines)) if down else 0)  # no hint: -1

    def _turn(self) -> None:
        across = stacking.stands_across(self.width(), self._shown(), self.handleWidth())
        wanted = Qt.Orientation.Horizontal if across else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self._heights()
            # Down, the splitter is taller: the page's frame above learns it and scrolls instead.
            tell_ancestors(self)
