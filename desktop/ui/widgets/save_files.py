"""Saving a file the person named: where the save dialog starts, and the file's extension; paths shown
left to right.

(Why a write failed is said by ``desktop.ui.widgets.write_failure``.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.core.atomic_file import free_name


def default_path(name: str) -> str:
    """The file name a save dialog offers, in the person's home folder. A bare name would open the
    dialog in the working directory: for an installed app, its own (often read-only) program folder."""
    return str(Path.home() / name)


def with_suffix(chosen: str | Path, suffix: str) -> Path:
    """The chosen name with its extension (``.xlsx``): a file without one opens in nothing on Windows,
    and Qt's own dialog does not add it. The dialog asked "replace?" about the name without it, so a
    file that has the full name already is never replaced: the new one is "name (2).xlsx"."""
    text = str(chosen)
    if text.lower().endswith(suffix.lower()):
        return Path(text)
    named = Path(text + suffix)
    return free_name(named.parent, named.name)


def shown_path(path: str | Path) -> str:
    """A path or file name inside a translated sentence, kept left to right. In an Arabic or Kurdish
    line the bidi algorithm moved its leading "/" to the far end ("home/x/brief.pdf/") and a name's
    ".xlsx" away from it, and a Kurdish or Arabic folder name turned the whole path round
    ("majlis.db/هەولێر/media/usb/"). A left-to-right isolate (LRI…PDI) lays it out as one
    left-to-right piece that neither the sentence's words nor its punctuation run into."""
    return f"\u2066{path}\u2069"


def path_box(edit: QLineEdit) -> QLineEdit:
    """``edit``, a box holding a path or a file's name, laid out left to right whatever the interface's
    direction (as ``shown_path`` keeps one in a sentence): in an Arabic or Kurdish box a path's leading "/"
    or "C:\\" stood at its far end and its folders read in the wrong order."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit
