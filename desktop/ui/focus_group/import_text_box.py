"""The text box of Import text…, and the one rule for what it shows.

Laying out text is the text box's slow part: four megabytes took it two seconds, and a line of a
megabyte twenty-four, with the window frozen. So a text is shown whole only when it is at most
``SHOWN_MAX`` characters with no line over ``SHOWN_LINE_MAX``. A longer text (a file chosen, or a
paste) is held by the dialog and imported whole, while the box, read-only, shows its beginning
(``beginning``) and a note says so.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from desktop.core import transcript_text

#: The most characters the box shows (about three hours of talk); a longer text shows its beginning.
SHOWN_MAX = 200_000
#: The longest line the box shows; a longer one shows its first characters.
SHOWN_LINE_MAX = 20_000


def shown_whole(text: str) -> bool:
    """Whether the text box can show ``text`` whole (the rule above)."""
    return len(text) <= SHOWN_MAX and max(map(len, text.splitlines()), default=0) <= SHOWN_LINE_MAX


def beginning(text: str) -> str:
    """What the box shows of a text too long to show whole: its first ``SHOWN_MAX`` characters, ending
    at a line's end where there is one, each line cut at ``SHOWN_LINE_MAX`` (an ellipsis marks a cut)."""
    head = text[:SHOWN_MAX]
    end = head.rfind("\n")
    if len(text) > SHOWN_MAX and end > 0:
        head = head[:end]
    return "\n".join(line if len(line) <= SHOWN_LINE_MAX else line[:SHOWN_LINE_MAX] + "…"
                     for line in head.splitlines())


class PasteBox(QPlainTextEdit):
    """The text box. A paste larger than the import takes is refused before the box holds it
    (``refused``); one that would make the text too long to show whole is handed to the dialog with
    the text it makes (``tooLong``), which holds it and shows its beginning."""

    refused = Signal()
    tooLong = Signal(object)  # the text (a str handed as is: made a QString and back, 4 MB took 17 ms)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        pasted = source.text()
        if len(pasted) + self.document().characterCount() > transcript_text.MAX_BYTES:
            self.refused.emit()
            return
        after = self._with(pasted)
        if not shown_whole(after):
            self.tooLong.emit(after)
            return
        super().insertFromMimeData(source)

    def _with(self, pasted: str) -> str:
        """The box's text as it would be with ``pasted`` in place of the selection (or at the cursor)."""
        cursor = self.textCursor()
        before, after = QTextCursor(self.document()), QTextCursor(self.document())
        before.setPosition(cursor.selectionStart(), QTextCursor.MoveMode.KeepAnchor)
        after.setPosition(cursor.selectionEnd())
        after.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        return before.selection().toPlainText() + pasted + after.selection().toPlainText()
