"""A recommendation's text in one language (the view's Text (Arabic) / (Kurdish) / (English) boxes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets.free_text import FreeTextEdit
from desktop.ui.widgets.text_lines import lines_height


class TextBox(FreeTextEdit):
    """A recommendation's text in one language: three lines of the current font high, measured again
    when the font changes. It was 60 pixels whatever the font: with Settings → Font size at 16 points
    and more, less than one line showed, cut through the middle, behind a scroll bar."""

    LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(lines_height(self, self.LINES))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
