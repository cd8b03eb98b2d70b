"""The program folder as the installer leaves it: ``C:\\Program Files\\Majlis``, which a facilitator's
account may read but not write (installer/majlis.iss: ``DefaultDirName={autopf}``), and the folder the
Start Menu shortcut starts Majlis in (no ``WorkingDir``: the program's own). The frozen checks run the
copied app from such a folder and then ask what changed in it: nothing may (a settings file, a cache, a
log or a database beside the program fails on every installed laptop, silently or at the first start).

Made read-only folder by folder: as root (CI containers, where permissions are ignored) immutable with
``chattr +i``, otherwise without write permission. On Windows a folder's read-only mark does not stop
new files: there the comparison of what the folder holds before and after says it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path


def _immutable(folders: list[Path], flag: str) -> bool:
    """``chattr flag`` on every folder; False where this container or file system refuses it (a Docker
    container without CAP_LINUX_IMMUTABLE, overlayfs, no chattr at all)."""
    try:
        if subprocess.run(["chattr", flag, *map(str, folders)], capture_output=True, check=False).returncode == 0:
            return True
        subprocess.run(["chattr", "-i", *map(str, folders)], capture_output=True, check=False)  # any it did
    except OSError:
        pass
    return False


def _folders(root: Path) -> list[Path]:
    return [root, *(p for p in root.rglob("*") if p.is_dir() and not p.is_symlink())]


@contextlib.contextmanager
def read_only_tree(root: Path) -> Iterator[bool]:
    """``root`` read-only while inside; yields whether the system refuses writes there (False only as root
    where chattr cannot: then the before/after comparison of ``contents`` is the check)."""
    folders = _folders(root)
    immutable = os.name != "nt" and os.geteuid() == 0 and _immutable(folders, "+i")
    if os.name == "nt":
        pass
    elif not immutable:  # root where chattr cannot (no CAP_LINUX_IMMUTABLE, overlayfs): the comparison says it
        for folder in folders:
            folder.chmod(0o555)
    try:
        yield os.name == "nt" or immutable or os.geteuid() != 0
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", *map(str, folders)], check=True)
        elif os.name != "nt":
            for folder in folders:
                folder.chmod(0o755)


def contents(root: Path) -> dict[str, tuple[int, int]]:
    """Every entry under ``root`` (links not followed): its size and time of change."""
    held = {}
    for path in root.rglob("*"):
        info = path.lstat()
        size = 0 if stat.S_ISDIR(info.st_mode) else info.st_size
        held[path.relative_to(root).as_posix()] = (size, info.st_mtime_ns)
    return held


def changes(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    """What appeared, went or changed in the folder, by name (sorted; the first few)."""
    names = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    return sorted(names)[:10]
