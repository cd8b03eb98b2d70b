"""A line on a page that says what an export did ("Saved <path>", "PDF written: <path>"): the person
selects its words with the mouse or the keyboard and copies the path as it is (``plain_copies``: without
the marks that keep it left to right, nor the invisible breaks), and a long path breaks after its
separators where the line runs out (``WordWrapLabel.break_paths``), as the status bar's line does.

It was plain text that could not be selected: the path of a workbook written deep in a partner's folders
had to be typed again, letter by letter, into the file manager; at 20 points it was cut where the line ran
out, in the middle of a folder's name.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt

from desktop.ui.widgets.plain_copy import plain_copies
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

Label = TypeVar("Label", bound=WordWrapLabel)

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def done_line(label: Label) -> Label:
    """``label`` made a done line: selectable, copied plain, its paths breakable."""
    label.setTextInteractionFlags(label.textInteractionFlags() | SELECTABLE)
    label.break_paths()
    plain_copies(label)
    return label
