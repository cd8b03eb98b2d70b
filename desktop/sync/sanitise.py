"""Text from a bundle made safe to print: no control character ever reaches a terminal.

A device name (or any other text a bundle carries) may hold escape sequences that move the cursor,
recolour or retitle a terminal, or bidirectional overrides that reorder what is shown. They are
replaced, not removed, so a person still sees that something was there.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, the bidirectional embeddings/overrides/isolates, line and paragraph
# separators, and lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def printable(text: str, limit: int = 200) -> str:
    """``text`` with every control character replaced by U+FFFD, cut to ``limit`` characters."""
    return _UNPRINTABLE.sub(REPLACEMENT, text[:limit])
