"""Text from a bundle made safe to print: no control character ever reaches a terminal.

A device name (or any other text a bundle carries) may hold escape sequences that move the cursor,
recolour or retitle a terminal, or bidirectional overrides that reorder what is shown. They are
replaced, not removed, so a person still sees that something was there.
"""

from __future__ import annotations

import re

from desktop.core.text_cut import cut
from desktop.i18n import invisible

# C0 and C1 controls, DEL, the bidirectional marks, embeddings/overrides and isolates, line and
# paragraph separators, and lone surrogates. Not ZWNJ/ZWJ: spelling in a Kurdish device name.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f"
                          f"{invisible.char_class(invisible.BIDI_CONTROLS + invisible.LINE_SEPARATORS)}"
                          "\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def printable(text: str, limit: int = 200) -> str:
    """``text`` with every control character replaced by U+FFFD, cut to ``limit`` characters where a
    character ends (never half a flag or an emoji without its joined rest)."""
    return _UNPRINTABLE.sub(REPLACEMENT, cut(text, limit))


def shown_path(path: object) -> str:
    """A file's path for a line of text output: each control or bidirectional character written as an
    escape (``\\n``, ``\\u202e``), so that a name holding a line break stays on its one line (the
    erasure report's one line a copy) and the person can still tell which file it is."""
    escapes = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return _UNPRINTABLE.sub(lambda m: escapes.get(m.group(), f"\\u{ord(m.group()):04x}"), str(path))


def json_escaped(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) with every character ``printable`` would
    replace written as its ``\\u`` escape: the same JSON value, nothing changed or lost, and nothing
    that steers a terminal (json escapes C0 controls itself, not DEL, C1 controls or bidirectional
    overrides). The line breaks between values (``indent``) stay line breaks."""
    return _UNPRINTABLE.sub(lambda m: m.group() if m.group() == "\n" else f"\\u{ord(m.group()):04x}", text)
