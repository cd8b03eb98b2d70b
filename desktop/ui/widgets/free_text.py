"""Free text that people write (memos, notes, definitions, recommendation texts), shown the way its
own script reads: each paragraph aligned and ordered by its first strong letter, whatever the
interface language. A Kurdish memo in an English screen sits on the right; an English quote in a
Kurdish screen sits on the left.

``QPlainTextEdit`` does not do this (it keeps every paragraph on the layout's side), ``QTextEdit``
does, paragraph by paragraph: the editor here is a plain-text ``QTextEdit``. Table cells that hold
free text take their alignment from :func:`text_alignment`.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.ui.widgets.text_limits import LongTextLimit
from desktop.ui.widgets.text_lines import lines_height

_RTL_CLASSES = {"R", "AL"}


def is_right_to_left(text: str) -> bool | None:
    """True for Arabic or Kurdish text, False for Latin, None when no letter decides (digits, empty)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return None


def text_alignment(text: str) -> Qt.AlignmentFlag:
    """Where a cell of free text sits: by its own direction (absolute), or leading if nothing decides."""
    rtl = is_right_to_left(text)
    middle = Qt.AlignmentFlag.AlignVCenter
    if rtl is None:
        return Qt.AlignmentFlag.AlignLeading | middle
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | middle


class EmptyStartsLeading:
    """An empty box puts its caret on the side where the interface starts.

    With no letter to decide, Qt lays an empty paragraph out left to right: in an Arabic or Kurdish
    screen the caret of an empty memo or turn sat on the left and jumped right at the first letter.
    While the box is empty its direction is the widget's; from the first character on, each
    paragraph follows its own letters again. Only the document's default option changes, never the
    text or the undo history.
    """

    def __init__(self, edit: QTextEdit) -> None:
        self.edit = edit
        edit.textChanged.connect(self.update)
        self.update()

    def update(self) -> None:
        document = self.edit.document()
        wanted = self.edit.layoutDirection() if document.isEmpty() else Qt.LayoutDirection.LayoutDirectionAuto
        option = document.defaultTextOption()
        if option.textDirection() != wanted:
            option.setTextDirection(wanted)
            document.setDefaultTextOption(option)

    def changed(self, event: QEvent) -> None:
        """Call from the widget's ``changeEvent``: the interface's direction may have turned."""
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.update()


class FreeTextEdit(QTextEdit):
    """A plain-text editor whose paragraphs follow their own direction (see the module's doc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # what is stored is plain text; pasted formatting would be lost
        self.setTabChangesFocus(True)
        self.document().setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)
        self._empty = EmptyStartsLeading(self)
        self.text_limit = LongTextLimit(self)  # every free text here is a Text column: the centre's limit

    def changeEvent(self, event: QEvent) -> None:
        self._empty.changed(event)
        super().changeEvent(event)


class LinesTextEdit(FreeTextEdit):
    """Free text in a box from ``fewest`` to ``most`` lines of the current font high, measured again when
    the font or the style changes (Settings → Font size): a box sized in pixels held less than a line at
    20 points, or took room a page needed for its buttons at the usual size. Between the two it takes the
    room its layout gives (``FittedTextEdit``: the room its text takes)."""

    def __init__(self, fewest: int, most: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = (fewest, most)
        self._fit()

    def _fit(self) -> None:
        """The least and most heights, measured once per font or style, not at every size hint (each
        measure lays out a document)."""
        self.setMinimumHeight(lines_height(self, self.lines[0]))
        self.setMaximumHeight(lines_height(self, self.lines[1]))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # its lines, its frame
            self._fit()
