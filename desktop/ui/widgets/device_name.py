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
