"""Where to save a bundle first: a removable drive (USB stick) when one is plugged in.

Qt does not say whether a volume is removable; the operating systems' own conventions do: Windows
reports a drive type, Linux desktops mount sticks under /media or /run/media, macOS under /Volumes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QStorageInfo

DRIVE_REMOVABLE = 2  # GetDriveTypeW


def _windows_removable(root: str) -> bool:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == DRIVE_REMOVABLE  # type: ignore[attr-defined]


def removable_folders() -> list[Path]:
    """Writable removable volumes, in the order the system lists them."""
    out = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            removable = _windows_removable(root)
        elif sys.platform == "darwin":
            removable = root.startswith("/Volumes/")
        else:
            removable = root.startswith(("/media/", "/run/media/", "/mnt/"))
        if removable:
            out.append(Path(root))
    return out


def default_export_folder(last_used: str = "") -> Path:
    """A plugged-in stick first; else the folder used last time; else Documents."""
    sticks = removable_folders()
    if sticks:
        return sticks[0]
    if last_used and Path(last_used).is_dir():
        return Path(last_used)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
