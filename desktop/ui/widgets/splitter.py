"""A ``QSplitter`` whose parts stay inside it when laid out right to left.

Qt 6 (seen with PySide6 6.11) places a horizontal splitter's parts one pixel too far to the right
when the layout runs right to left: the rightmost part (the first, where Arabic and Kurdish reading
starts) loses its last column of pixels, so the frame of the Recommendations list, its filter box
and its New recommendation button had no right edge, in every such splitter of the ar and ckb
screens; and each part overlapped the handle beside it by a pixel. One pixel of margin on the
left, right to left only, gives Qt's placement the room it takes: every part then lies inside the
splitter, none over another. Left to right and vertical splitters are untouched (no margin).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class Splitter(QSplitter):
    """A ``QSplitter`` (same arguments) that keeps its parts inside it right to left."""

    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Horizontal,
                 parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._mend()

    def setOrientation(self, orientation: Qt.Orientation) -> None:
        super().setOrientation(orientation)
        self._mend()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._mend()

    def _mend(self) -> None:
        shifted = self.isRightToLeft() and self.orientation() == Qt.Orientation.Horizontal
        self.setContentsMargins(1 if shifted else 0, 0, 0, 0)
