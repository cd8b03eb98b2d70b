"""A device as the screens name it (the Sync page, the conflict window, the erasure report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core import device_label


def device_name(name: str, device_id: str) -> str:
    """A device as the Sync page names it: its label without control characters (it may come from a
    bundle), or for one with no label its id, "1a2b3c4d (no name yet)" in the interface's language:
    the words and pieces of desktop/core/device_label, which majlis-cli prints in English."""
    return device_label.shown_name(name) or QCoreApplication.translate(
        device_label.CONTEXT, device_label.UNNAMED).format(id=f"\u2066{device_label.short_id(device_id)}\u2069")


def isolated_device_name(name: str, device_id: str) -> str:
    """``device_name`` to stand in a sentence: a label in a first-strong isolate (FSI…PDI), so a Latin
    label ("laptop X", "7 Erbil") stands whole and in its order in an Arabic or Kurdish line, and the
    parentheses and digits around it keep their places (an unnamed device's id is isolated already)."""
    shown = device_label.shown_name(name)
    return isolated(shown) if shown else device_name(name, device_id)


def isolated(text: str) -> str:
    """``text`` in its own direction (first strong isolate), apart from the sentence around it."""
    return f"\u2068{text}\u2069"


def unbroken(code: str) -> str:
    """A pseudonym or code ("BSR-FG01-P01") to stand whole in a wrapped line: isolated, with a word
    joiner after each hyphen, where a line would otherwise break it ("BSR-" at one end of a line of a
    narrow Arabic label, "FG01-P01" on the next)."""
    return isolated(code.replace("-", "-\u2060"))
