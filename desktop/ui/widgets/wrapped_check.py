"""A check box whose words wrap: a ``QCheckBox`` keeps its text on one line, and a long one ("Keep
identifying columns (names, phones, locations, who submitted)") at a larger text size made its window
wider than a netbook's screen. The box keeps no text of its own; its words stand in a word-wrapped label
beside it, whose Alt key ticks it (a label's mnemonic clicks a button buddy) and which ticks it when
clicked; the box is named by the words for a screen reader, and looks disabled with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class _Words(WordWrapLabel):
    def __init__(self, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()) \
                and self.box.isEnabled():
            self.box.click()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrappedCheck(QWidget):
    """``box`` with its words in ``words`` beside it (right to left in Arabic and Kurdish)."""

    def __init__(self, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.words = _Words(box, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.words, 1)
        box.installEventFilter(self)

    def setText(self, text: str) -> None:
        self.words.setText(text)
        self.box.setAccessibleName(text.replace("&", ""))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.EnabledChange:
            self.words.setEnabled(self.box.isEnabled())
        return super().eventFilter(watched, event)
