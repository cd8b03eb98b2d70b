"""Saving a file the person named: where the save dialog starts, the extension, and why it failed.

The operating system's own words for a failed write ("[Errno 13] Permission denied: '/…/.majlis-….tmp'")
are English whatever the interface language, and name the private temporary file the export writes
first. Every export a page offers says it here instead: one translated sentence about the folder the
person chose, never a path or an errno.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.atomic_file import free_name

_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NO_FOLDER = {errno.ENOENT, errno.ENOTDIR}


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


def file_error_text(exc: BaseException) -> str:
    """Why a file could not be written, in one translated sentence (never the OS's English words)."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate(ctx, text)
    if isinstance(exc, InterruptedError):
        return translate("SaveFiles", "It was cancelled; nothing was written.")
    if isinstance(exc, IsADirectoryError):
        return translate("SaveFiles", "The name chosen is a folder. Give a file name.")
    code = exc.errno if isinstance(exc, OSError) else None
    if code in _READ_ONLY:
        return translate("SaveFiles", "The folder chosen cannot be written to (it is read-only or protected). "
                         "Choose another folder.")
    if code in _FULL:
        return translate("SaveFiles", "The disk is full. Free some space or choose another disk.")
    if code in _NO_FOLDER:
        return translate("SaveFiles", "The folder chosen no longer exists. Choose another folder.")
    if isinstance(exc, OSError):
        return translate("SaveFiles", "The disk reported a problem; nothing was written.")
    return translate("SaveFiles", "Something went wrong; nothing was written.")
