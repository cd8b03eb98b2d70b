"""A push button whose words go on to more lines where its room is narrower than they are.

A ``QPushButton`` keeps its words on one line: the Recommendations page's Surveys tab's "Link this figure
to the recommendation" asked 590 pixels at 24 points in English, in a tab 528 wide on a 1366x768 laptop
at 150 %, and the whole page scrolled sideways. This button is as narrow as its longest word and as tall
as its lines at the width it is given (height for width); with room it looks as a ``QPushButton``. Its
words stay its text: the Alt key of the underlined letter, the screen reader's name and the tests read
them as before.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

FLAGS = Qt.TextFlag.TextWordWrap.value | Qt.TextFlag.TextShowMnemonic.value | Qt.AlignmentFlag.AlignCenter.value


class WrappedButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Narrower than its one line where the room is (a push button's own policy holds it at that line),
        # and as tall as its lines at its width (as a word-wrapped label: a column gives the room below it
        # to a stretch).
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _frame(self) -> QSize:
        """The room around the words on one line, as Qt sizes the button."""
        words = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text())
        one_line = super().sizeHint()
        return QSize(max(0, one_line.width() - words.width()), max(0, one_line.height() - words.height()))

    def _words(self, width: int) -> QRect:
        """The words' rectangle in ``width`` pixels of words."""
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 100_000), FLAGS, self.text())

    def minimumSizeHint(self) -> QSize:
        widest = max((self.fontMetrics().horizontalAdvance(word.replace("&", ""))
                      for word in self.text().split()), default=0)
        frame = self._frame()
        return QSize(widest + frame.width(), self.heightForWidth(widest + frame.width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        frame = self._frame()
        one_line = super().sizeHint().height()
        return max(one_line, self._words(width - frame.width()).height() + frame.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() >= super().sizeHint().width():  # its words on one line: as Qt draws it
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the bevel and the focus frame; the words wrapped, inside the same margins
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        frame = self._frame()
        left, top = frame.width() // 2, frame.height() // 2
        inner = self.rect().adjusted(left, top, -(frame.width() - left), -(frame.height() - top))
        painter.drawItemText(inner, FLAGS, self.palette(), self.isEnabled(), self.text(), self.foregroundRole())
