"""A group box whose title goes on to more lines where the box is narrower than it.

A ``QGroupBox`` draws its title on one line and is never narrower than that line: the Consent page's
"What this participant said, as shown everywhere" made the box 636 pixels wide at least at 20 points,
and on a 1366x768 laptop at 150 % (a page frame of 613 beside the navigation) the whole page scrolled
sideways. Here the title is a word-wrapped label at the box's top, and the box's accessible name.

In a splitter (which knows nothing of a height for a width) the box was as short as its one-line title
asked: at 20 and 24 points its title on two lines was cut at its top and bottom. Its least height is
counted at the width it has, again when that changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class WrappedTitleBox(QGroupBox):
    """A group box with its title in ``heading`` (wrapped between words); its parts go in ``box``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = WordWrapLabel(self)
        self.heading.setObjectName("box_heading")
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.heading)

    def setTitle(self, title: str) -> None:  # Qt's name: the page sets it as a QGroupBox's
        self.heading.setText(title)
        self.setAccessibleName(title.replace("&", ""))

    def title(self) -> str:
        return self.heading.text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        if inner > 0:  # the title's lines at this width, and the parts under it at their least
            hint.setHeight(max(hint.height(), self.box.minimumHeightForWidth(inner) + margins.top() + margins.bottom()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width: the title on more or fewer lines
