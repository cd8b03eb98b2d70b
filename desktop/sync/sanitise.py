"""Text from a bundle made safe to print: no control character ever reaches a terminal.

A device name (or any other text a bundle carries) may hold escape sequences that move the cursor,
recolour or retitle a terminal, or bidirectional overrides that reorder what is shown. They are
replaced, not removed, so a person still sees that something was there.
"""

from __future__ import annotations

import re

from desktop.i18n import invisible

# C0 and C1 controls, DEL, the bidirectional marks, embeddings/overrides and isolates, line and
# paragraph separators, and lone surrogates. Not ZWNJ/ZWJ: spelling in a Kurdish device name.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f"
                          f"{invisible.char_class(invisible.BIDI_CONTROLS + invisible.LINE_SEPARATORS)}"
                          "\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def printable(text: str, limit: int = 200) -> str:
    """``text`` with every control character replaced by U+FFFD, cut to ``limit`` characters."""
    return _UNPRINTABLE.sub(REPLACEMENT, text[:limit])
