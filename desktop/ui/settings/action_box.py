"""A Settings box that does one thing (Back up now…, Change passphrase…): a line on what it is for,
its button on a row of its own, and what the last time said, said again in a new language.

The Backups and Passphrase boxes built the same widgets, row and layout line for line, and both
retranslated on a language change; they are built here once. Each box keeps its own ``retranslate``
(its words, in its own translation context: ``tr()`` takes the class that defines the method).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class ActionBox(QGroupBox):
    """``summary`` above, ``button`` (named ``button_name``) on its row, ``status`` (named
    ``status_name``) below; ``lay_out`` puts any widgets given between the summary and the button,
    and any given ``beside`` it on its row."""

    def __init__(self, button_name: str, status_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = WordWrapLabel(self)
        self.button = QPushButton(self)
        self.button.setObjectName(button_name)
        self.status = WordWrapLabel(self)
        self.status.setObjectName(status_name)
        self._said: Callable[[], str] = lambda: ""  # the last result, said again in a new language

    def lay_out(self, *between: QWidget, beside: tuple[QWidget, ...] = ()) -> None:
        """``beside``: more buttons on the button's row, after it."""
        # The buttons go on to a second line where the box is narrower than them (Back up now and Open
        # backups folder in Kurdish at 20 points on a laptop at 150 %: the page scrolled sideways).
        row = FlowRow([self.button, *beside])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for widget in between:
            layout.addWidget(widget)
        layout.addWidget(row)
        layout.addWidget(self.status)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, line: Callable[[], str]) -> None:
        """``line`` in ``status`` now, and again after a language change."""
        self._said = line
        self.status.setText(line())

    def retranslate(self) -> None:
        """The box's words (each box its own); ends by saying the last result again."""
        self.status.setText(self._said())
