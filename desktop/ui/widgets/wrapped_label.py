"""A word-wrapped label that asks for the height of all its lines at its width.

Qt counts a word-wrapped label's least height as one line; a layout then gives it its other lines out
of the room of the parts beside it, below their least. At 20 points on a 1366x768 laptop at 150 % the
focus-group editor's status line ("This session is final and read-only: unlock it to edit.", two lines)
took its second line from the transcript above it: the speaker bar under the turns, the text box cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class WrappedLabel(WordWrapLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines_height = 0  # the height of its lines at its width, as last measured

    def _measure(self) -> int:
        return self.heightForWidth(self.width()) if self.text() and self.width() > 0 else 0

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        self._lines_height = self._measure()
        return QSize(hint.width(), max(hint.height(), self._lines_height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._measure() != self._lines_height:  # another width, another number of lines
            self.updateGeometry()
