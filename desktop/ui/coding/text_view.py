"""The workspace's text view (accepts a code dragged onto the selection) and its position bookkeeping."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTextEdit

from desktop.core import coding_documents as documents
from desktop.core.offsets import Utf16Map
from desktop.ui.models.code_tree import CODE_MIME


@dataclass
class DocBlock:
    doc: documents.Doc
    start: int  # UTF-16 position of the text's first character in the QTextDocument
    map: Utf16Map

    def contains(self, pos: int) -> bool:
        return self.start <= pos <= self.start + self.map.to_utf16(self.map.length)

    def to_doc(self, offset: int) -> int:
        return self.start + self.map.to_utf16(offset)


@dataclass
class SegmentView:
    id: str
    code_id: str
    block: DocBlock
    start: int  # code points
    end: int
    memo: str
    needs_review: bool  # its words were edited after it was coded (core/coding_anchor.py)
    quote: str = ""  # the words as they were coded


class CodingTextEdit(QTextEdit):
    """Read-only text that accepts a code dragged from the codebook tree onto the selection."""

    code_dropped = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setAcceptDrops(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)

    def _ours(self, mime: QMimeData) -> bool:
        return mime.hasFormat(CODE_MIME) and self.textCursor().hasSelection()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._ours(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        # Accept without moving the caret: the selection is what gets coded.
        if self._ours(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._ours(event.mimeData()):
            self.code_dropped.emit(bytes(event.mimeData().data(CODE_MIME).data()).decode("ascii"))
            event.acceptProposedAction()
        else:
            event.ignore()
