"""How tall a number of lines of text stand, for a text box sized in lines rather than pixels.

Measured on a line holding both scripts: an Arabic or Kurdish line (its font the fallback of the
interface font) stands taller than the interface font's own line spacing, so a box sized by
``fontMetrics()`` alone cut its last line. Used by the focus-group transcript and the recommendation
view's text boxes, each measured again when the font changes.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QTextEdit


def text_height(font: QFont, lines: int) -> int:
    """The height of ``lines`` lines of Arabic or Latin text in ``font`` (the taller of the two scripts)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setPlainText("\n".join(["Ag \u0644\u0627 \u06ce"] * lines))
    return math.ceil(document.size().height())


def frame_height(edit: QTextEdit) -> int:
    """What a text box adds around its lines: its document's margins and its frame."""
    return math.ceil(2 * edit.document().documentMargin()) + 2 * edit.frameWidth()


def lines_height(edit: QTextEdit, lines: int) -> int:
    """The height of a text box showing ``lines`` lines, with its margins and frame."""
    return text_height(edit.font(), lines) + frame_height(edit)
