"""A text box as tall as its text, between a few lines and a most, measured again as the text, the box's
width or the font changes.

Qt's text box asks 192 pixels whatever it holds: the consent form editor's "Text of the form" and "What the
signature means", a line or two each, took 192 pixels apiece at 1366x768, and the clauses under them were
left room for three of six. A longer text than ``most`` lines scrolls inside its box.

It is a ``LinesTextEdit`` (free text, its least and most heights in lines of its font) that asks for the
height of its text, and no more: the lines box takes what its layout gives.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.widgets.free_text import LinesTextEdit
from desktop.ui.widgets.text_lines import frame_height


class FittedTextEdit(LinesTextEdit):
    def __init__(self, fewest: int = 2, most: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(fewest, most, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.updateGeometry())

    def sizeHint(self) -> QSize:
        text = math.ceil(self.document().size().height()) + frame_height(self)
        return QSize(super().sizeHint().width(), max(self.minimumHeight(), min(self.maximumHeight(), text)))
