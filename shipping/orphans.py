"""Linux: drop the shared libraries that nothing left in the build needs.

PyInstaller collects each binary's libraries when it analyses the imports; ``build.spec`` then
leaves some binaries out (the GTK theme plugin, Pillow's text and WebP modules, Qt's JPEG plugin).
Their libraries stay behind at the top of ``_internal`` (GIO alone is 1.9 MB) though nothing loads
them. A library is kept when a binary that stays needs it, directly or through another library
(``ldd`` gives the whole chain); the Python library is always kept, since the bootloader opens it by
name. The frozen checks (tests/packaging) start every page and every README command of the result,
so a library dropped wrongly fails loudly there. Other systems' builds are returned unchanged.
"""

from __future__ import annotations

import sys
from pathlib import PurePath
from typing import Any

ALWAYS_KEPT = ("libpython",)


def _top_level_library(dest: str) -> bool:
    name = PurePath(dest).name
    return dest == name and name.startswith("lib") and ".so" in name


def without_orphans(binaries: list[Any]) -> list[Any]:
    """``binaries`` (PyInstaller TOC entries ``(dest, source, kind)``) without orphaned libraries."""
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    def candidate(entry: Any) -> bool:
        dest, _source, kind = entry
        return kind == "BINARY" and _top_level_library(dest) and not dest.startswith(ALWAYS_KEPT)

    needed: set[str] = set()
    for entry in binaries:  # every binary that stays: libraries, Qt plugins, Python extension modules
        if entry[2] in ("BINARY", "EXTENSION") and not candidate(entry):
            needed.update(name for name, _path in get_imports(entry[1]))
    return [entry for entry in binaries if not candidate(entry) or PurePath(entry[0]).name in needed]
