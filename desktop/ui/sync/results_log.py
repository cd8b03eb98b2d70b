"""The Sync page's results: a log that follows the interface's language.

A coordinator switches to Arabic in the middle of an import day; the lines written before must not
stay in English. So a line is kept as how to say it (a function that translates its sentence and
puts in its facts: file names, numbers in the user's digits), not as the words it was first said in,
and is said again on every language or digit change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

# What a line is kept as: called again whenever the language or the digits change. The same kind of
# function as a single line on screen is said with (desktop/ui/widgets/live_words.py).
from desktop.ui.widgets.live_words import Words as Line

_SAY = Qt.ItemDataRole.UserRole + 1


class ResultsLog(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Said in the middle of the list while it is empty (the page sets it in its language): half a
        # facilitator's Sync page was an empty white box, nothing saying what would appear there.
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().placeholderText().color()))
        painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
        painter.end()

    def say(self, line: Line) -> QListWidgetItem:
        """Add ``line`` at the end, said in the language now chosen."""
        item = QListWidgetItem(line())
        item.setData(_SAY, line)
        self.addItem(item)
        return item

    def say_again(self, *_: object) -> None:
        """Every line again, in the language and digits chosen now."""
        for row in range(self.count()):
            item = self.item(row)
            line = item.data(_SAY)
            if callable(line):
                item.setText(line())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.say_again()
        super().changeEvent(event)
