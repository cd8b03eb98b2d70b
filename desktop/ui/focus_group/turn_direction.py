"""Which way a turn of the transcript reads, in the text box and in the turns table: the Qt face of
:mod:`desktop.core.text_direction` (the rule itself, shared with the coding window and the exports)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.text_direction import text_direction

_QT = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}


def turn_direction(text: str, rtl_session: bool) -> Qt.LayoutDirection | None:
    """The direction ``text`` reads in; None when no letter decides (empty, digits, signs)."""
    direction = text_direction(text, rtl_session)
    return None if direction is None else _QT[direction]


def turn_alignment(text: str, rtl_session: bool) -> Qt.AlignmentFlag:
    """Where a turn sits in its cell: on its own direction's side (absolute), leading if nothing decides."""
    direction = text_direction(text, rtl_session)
    if direction is None:
        return Qt.AlignmentFlag.AlignLeading
    side = Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute
