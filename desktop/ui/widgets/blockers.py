"""What stops a session from being finalised, as a list at the top of the editor: one line per
problem, and choosing a line (click, Enter) takes the person to the field or participant at fault.

A line given as a function (live_words.Words) is made again after a switch of the interface's language:
written once, the lines stayed in the language of the moment Finalise was pressed, under a heading in
the new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui.widgets.live_words import Words, made
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

STYLE = "QFrame#blockers { background: #fdecea; border: 1px solid #b3261e; border-radius: 4px; }"
KeyRole = Qt.ItemDataRole.UserRole + 1


class BlockersList(QFrame):
    chosen = Signal(object)  # the key given with the line (a Problem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockers")
        self.setStyleSheet(STYLE)
        self.heading = WordWrapLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("blockers_list")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self._lines: list[str | Words] = []
        self.setHidden(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Before finalising, fix these (choose one to go there):"))
        self.list.setAccessibleName(self.tr("What stops finalising"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._remake()
        super().changeEvent(event)

    def set_items(self, items: list[tuple[str | Words, Any]]) -> None:
        """``items``: each line (a function making it in the language of the moment, or a plain
        string) and the key ``chosen`` gives with it."""
        self.list.clear()
        self._lines = [words for words, _key in items]
        for words, key in items:
            item = QListWidgetItem(made(words), self.list)
            item.setData(KeyRole, key)
        self._fit()
        self.setHidden(not items)
        if items:
            self.list.setCurrentRow(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        rows = max(1, min(self.list.count(), 6))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)

    def _remake(self) -> None:
        """The lines in the language switched to, in place: the line chosen and the focus stay."""
        for row, words in enumerate(self._lines):
            item = self.list.item(row)
            if item is not None and callable(words):
                item.setText(words())
        if self._lines:
            self._fit()  # another language's font may take another height

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())] if not self.isHidden() else []

    def choose(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(KeyRole))
