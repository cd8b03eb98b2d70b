"""A one-line label that shortens its text with "…" when its room is narrower than the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A heading such as a session's title, as long as it was typed: as a plain label it made its window
    at least as wide as the whole title, wider than a laptop's screen (a 1366x768 one at 150 % display
    scaling is 911 logical pixels wide). The whole text stays in the tooltip and the accessible name."""

    def __init__(self, parent: QWidget | None = None, *, least_characters: int = 0,
                 interface_side: bool = False) -> None:
        super().__init__(parent)
        self._full = ""
        #: Start the text on the side the interface's lines start, whatever its own direction: an Arabic
        #: session title in an English window stood at the far end of its room, away from the Back button.
        self._interface_side = interface_side
        #: Never narrower than this many average characters (or the whole text, if shorter): beside a
        #: row of buttons that can go on to a second line, the title keeps enough to be told apart.
        self._least = least_characters
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._keep_least()
        self._elide()
        self.updateGeometry()  # a layout asks the new text's width (the status bar kept the first one's)

    def text(self) -> str:
        """The whole text, not the shortened one on screen."""
        return self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4
                     + margins.left() + margins.right(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Settings → Font size
            self._keep_least()
        elif event.type() == QEvent.Type.LayoutDirectionChange and self._interface_side:
            self._elide()

    def _keep_least(self) -> None:
        if self._least:
            metrics = self.fontMetrics()
            least = min(metrics.horizontalAdvance(self._full), metrics.averageCharWidth() * self._least)
            self.setMinimumWidth(least + 2 * self.margin() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width() - 2 * self.margin(), 0)
        mark = ("\u200f" if self.isRightToLeft() else "\u200e") if self._interface_side else ""
        super().setText(mark + self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))
