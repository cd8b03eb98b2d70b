"""A path on a line of its own (Settings: the data folder, the database, the backups folder): wrapped,
laid out left to right with its parts in their order (``ordered_path``'s marks), selectable, and copied
as the path itself. A mark copied with it and pasted into the file manager's address bar would be part
of a folder's name there, and the folder "not found"."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets.save_files import ordered_path
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

_MARKS = re.compile("\u200e")


class PathLabel(WordWrapLabel):
    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTextInteractionFlags(self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        self.path = ""
        self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.path = str(path)
        self.setText(ordered_path(path))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.matches(QKeySequence.StandardKey.Copy):
            self._unmark_clipboard()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        super().contextMenuEvent(event)  # the menu's Copy has run once it returns
        self._unmark_clipboard()

    def _unmark_clipboard(self) -> None:
        """The copied part of the line without the marks (only what this label put there)."""
        clipboard = QGuiApplication.clipboard()
        copied = clipboard.text()
        if _MARKS.search(copied) and _MARKS.sub("", copied) in self.path:
            clipboard.setText(_MARKS.sub("", copied))
