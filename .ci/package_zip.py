#!/usr/bin/env python3
"""Zip a built Majlis folder as the portable download: ``package_zip.py dist/Majlis Majlis.zip``.

Symbolic links are stored as links (PyInstaller's Linux folder links each Qt library from
``_internal`` into ``PySide6/Qt/lib``; following them would store every Qt library twice).
Windows folders have no links. Prints the size in MB.
"""

from __future__ import annotations

import os
import stat
import sys
import zipfile
from pathlib import Path


def package(folder: Path, out: Path) -> int:
    base = folder.parent
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(base).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so that unzip restores the link
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    return out.stat().st_size


if __name__ == "__main__":
    size = package(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[2]}: {size / 2**20:.1f} MB")
