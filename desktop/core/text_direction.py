"""Which way a paragraph of a session's words reads: a turn, a note, a decision (Qt-free).

Free text elsewhere takes the direction of its first strong letter (Unicode's rule P2). A Kurdish or
Arabic turn often begins with a Latin name or a number ("UNDP گوتی 35% ...", "WhatsApp لە ..."): laid
out left to right, its words came in the wrong order and its full stop at the wrong end. In a session
whose language is Arabic or Kurdish, a text that holds any right-to-left letter reads right to left; a
text without one (an English remark) reads left to right. In an English session each text keeps its
first strong letter's direction.

One rule for every place that lays a session's words out: the focus-group editor (through
``desktop.ui.focus_group.turn_direction``), the coding window's text, the session PDF and the workbook.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from desktop.i18n.languages import SUPPORTED, is_rtl

Direction = Literal["rtl", "ltr"]

_RTL_CLASSES = ("R", "AL")


def language_is_rtl(code: str | None) -> bool:
    """Whether a session in language ``code`` (its stored ``language``) is an Arabic or Kurdish one.
    An empty or unknown code (an old session, a hand-edited bundle) is not."""
    return bool(code) and code in SUPPORTED and is_rtl(str(code))


def text_direction(text: str, rtl_session: bool) -> Direction | None:
    """The direction ``text`` reads in; None when no letter decides (empty, digits, signs)."""
    first: Direction | None = None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return "rtl" if rtl_session or first is None else first
        if kind == "L" and first is None:
            first = "ltr"
            if not rtl_session:
                return first
    return first
