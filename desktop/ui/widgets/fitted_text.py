"""A text box as tall as its text, between a few lines and a most, measured again as the text, the box's
width or the font changes.

Qt's text box asks 192 pixels whatever it holds: the consent form editor's "Text of the form" and "What the
signature means", a line or two each, took 192 pixels apiece at 1366x768, and the clauses under them were
left room for three of six. A longer text than ``most`` lines scrolls inside its box.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QSizePolicy, QTextEdit, QWidget

from desktop.ui.widgets.text_lines import lines_height


class FittedTextEdit(QTextEdit):
    def __init__(self, fewest: int = 2, most: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = (fewest, most)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.updateGeometry())

    def _height(self, text_height: float) -> int:
        frame = math.ceil(2 * self.document().documentMargin()) + 2 * self.frameWidth()
        fewest, most = (lines_height(self, n) for n in self.lines)
        return max(fewest, min(most, math.ceil(text_height) + frame))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self.document().size().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), lines_height(self, self.lines[0]))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
