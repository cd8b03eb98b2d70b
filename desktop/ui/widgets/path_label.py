"""A path on a line of its own (Settings: the data folder, the database, the backups folder): wrapped,
laid out left to right with its parts in their order (``ordered_path``'s marks), selectable, and copied
as the path itself (``plain_copies``: by Ctrl+C and by the context menu's Copy). A mark copied with it and
pasted into the file manager's address bar would be part of a folder's name there, and the folder "not
found"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets.plain_copy import plain_copies
from desktop.ui.widgets.save_files import ordered_path
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class PathLabel(WordWrapLabel):
    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTextInteractionFlags(self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        self.path = ""
        self.set_path(path)
        plain_copies(self)

    def set_path(self, path: str | Path) -> None:
        self.path = str(path)
        self.setText(ordered_path(path))
