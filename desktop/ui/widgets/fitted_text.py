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

from desktop.ui.widgets.text_lines import frame_height, lines_height


class FittedTextEdit(QTextEdit):
    def __init__(self, fewest: int = 2, most: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = (fewest, most)
        self._bounds = self._measured()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.updateGeometry())

    def _measured(self) -> tuple[int, int]:
        """The box's least and most heights in its font: measured once per font, not at every size hint
        (each measure lays out a document, and a hint is asked at every key typed)."""
        fewest, most = self.lines
        return lines_height(self, fewest), lines_height(self, most)

    def _height(self, text_height: float) -> int:
        fewest, most = self._bounds
        return max(fewest, min(most, math.ceil(text_height) + frame_height(self)))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self.document().size().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._bounds[0])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # its lines, its frame
            self._bounds = self._measured()
            self.updateGeometry()
