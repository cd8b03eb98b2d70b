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


# What a view shows of a stored text: a long text may hold C1 controls (a bundle admits what XML 1.0
# does), which every font draws as an empty box. NEL and the Unicode separators are line breaks, as
# CR LF and a lone CR are; the other controls (not tab or line feed) steer nothing a person reads.
_BREAKS = re.compile("\r\n?|[\x85\u2028\u2029]")
_UNSEEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def readable(text: str) -> str:
    """``text`` as a view shows it: line breaks as line feeds, other control characters left out
    (never drawn as boxes). For display only: the stored text keeps them."""
    if _UNSEEN.search(text) is None and _BREAKS.search(text) is None:
        return text
    return _UNSEEN.sub("", _BREAKS.sub("\n", text))


_IN_PLACE = {0x85: "\u2028", **{c: "\u200b" for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0x85),
                                                      *range(0x86, 0xA0))}}


def readable_in_place(text: str) -> str:
    """``text`` as a view that counts positions in it shows it: each control character replaced by one
    of the same length (UTF-16 too), a NEL by a line separator, the others (not tab, CR or LF) by a
    zero-width space, so every offset into the stored text still lands on the same words."""
    return text.translate(_IN_PLACE)
