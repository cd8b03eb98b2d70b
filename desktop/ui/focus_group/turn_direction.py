"""Which way a turn of the transcript reads, in the text box and in the turns table.

Free text elsewhere takes the direction of its first strong letter (Unicode's rule P2). A Kurdish or
Arabic turn often begins with a Latin name ("UNDP گوتی 35% ..."): laid out left to right, its words
came in the wrong order. In a session whose language is Arabic or Kurdish, a turn that holds any
Arabic-script letter reads right to left; a turn without one (an English remark) reads left to right.
In an English session each turn keeps its first letter's direction.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt

_RTL_CLASSES = ("R", "AL")


def turn_direction(text: str, rtl_session: bool) -> Qt.LayoutDirection | None:
    """The direction ``text`` reads in; None when no letter decides (empty, digits, signs)."""
    first: Qt.LayoutDirection | None = None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft if rtl_session or first is None else first
        if kind == "L" and first is None:
            first = Qt.LayoutDirection.LeftToRight
            if not rtl_session:
                return first
    return first


def turn_alignment(text: str, rtl_session: bool) -> Qt.AlignmentFlag:
    """Where a turn sits in its cell: on its own direction's side (absolute), leading if nothing decides."""
    direction = turn_direction(text, rtl_session)
    if direction is None:
        return Qt.AlignmentFlag.AlignLeading
    side = Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute
