"""The workspace's text view (accepts a code dragged onto the selection) and its position bookkeeping."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit

from desktop.core import coding_documents as documents
from desktop.core.offsets import Utf16Map
from desktop.core.sanitise import readable_in_place
from desktop.core.text_direction import Direction, text_direction
from desktop.ui.models.code_tree import CODE_MIME
from desktop.ui.widgets.read_only_look import mark_reading


@dataclass
class DocBlock:
    doc: documents.Doc
    start: int  # UTF-16 position of the text's first character in the QTextDocument
    map: Utf16Map

    @property
    def end(self) -> int:
        """UTF-16 position just after the text's last character (where its paragraph ends)."""
        return self.start + self.map.to_utf16(self.map.length)

    def contains(self, pos: int) -> bool:
        return self.start <= pos <= self.end

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


Place = tuple[tuple[str, str], int] | int  # (document, UTF-16 offset in its text), or a position outside them


def place_of(blocks: list[DocBlock], pos: int) -> Place:
    """Where a position is, in terms that survive building the text again (labels of another
    language or digits have other lengths, and every position after them moves)."""
    block = next((b for b in blocks if b.contains(pos)), None)
    return ((block.doc.table, block.doc.id), pos - block.start) if block is not None else pos


def position_of(blocks: list[DocBlock], place: Place, last: int) -> int:
    if isinstance(place, int):
        return min(place, last)
    block = next((b for b in blocks if (b.doc.table, b.doc.id) == place[0]), None)
    return min(block.start + place[1], block.end) if block is not None else 0


def _words_format(direction: Direction | None) -> QTextBlockFormat:
    """A document's paragraphs: in an Arabic or Kurdish session in the direction the focus-group editor
    gives the words ("UNDP گوتی 35%" right to left, an English remark left to right); else each
    paragraph by its own first letter (Qt's rule)."""
    words = QTextBlockFormat()
    if direction is not None:
        words.setLayoutDirection(Qt.LayoutDirection.RightToLeft if direction == "rtl"
                                 else Qt.LayoutDirection.LeftToRight)
    return words


def write_documents(view: QTextEdit, docs: list[documents.Doc]) -> list[DocBlock]:
    """The session's documents as the view's text, each under its bold label; where each starts."""
    view.clear()
    cursor = QTextCursor(view.document())
    cursor.beginEditBlock()
    label_format = QTextCharFormat()
    label_format.setFontWeight(QFont.Weight.Bold)
    label_format.setForeground(QColor("#555555"))
    blocks = []
    for i, doc in enumerate(docs):
        # The speaker's line sits on the side its words start from: "P01  0:01:00" above an
        # Arabic turn was at the left edge, across the window from the words it introduces. Aligned,
        # not turned: a Latin agenda title ("2. Women") keeps its own order.
        # No letter decides ([…], a withdrawn participant's erased turn; digits alone): in an Arabic or
        # Kurdish session the session's direction; Qt's rule put it, and its speaker, at the left edge.
        direction = text_direction(doc.text, doc.rtl_session) or ("rtl" if doc.rtl_session else None)
        label_block = QTextBlockFormat()
        if direction is not None:
            side = Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
            label_block.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        if i:
            cursor.insertBlock(label_block)
        else:
            cursor.setBlockFormat(label_block)
        cursor.insertText(doc.label, label_format)
        cursor.insertBlock(_words_format(direction if doc.rtl_session else None))
        cursor.setCharFormat(QTextCharFormat())
        blocks.append(DocBlock(doc, cursor.position(), Utf16Map(doc.text)))
        # Each paragraph of it in the words' format; a control character a bundle brought (NEL, U+009C)
        # shown as a line break or nothing, not an empty box, in the same length (offsets stay).
        cursor.insertText(readable_in_place(doc.text))
    cursor.endEditBlock()
    return blocks


def segment_views(blocks: list[DocBlock], segs: list[documents.Coded]) -> list[SegmentView]:
    """The codings of the documents on screen, placed in their blocks."""
    by_ref = {(b.doc.table, b.doc.id, b.doc.field): b for b in blocks}
    return [
        SegmentView(seg.id, seg.code_id, by_ref[(seg.doc_table, seg.doc_id, seg.doc_field)], seg.start, seg.end,
                    seg.memo or "", bool(seg.needs_review), seg.quote or "")
        for seg in segs if (seg.doc_table, seg.doc_id, seg.doc_field) in by_ref
    ]


class CodingTextEdit(QTextEdit):
    """Read-only text that accepts a code dragged from the codebook tree onto the selection."""

    code_dropped = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        mark_reading(self)  # the text being coded: read, not a field
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
