"""What ``majlis-cli bundle import`` reads, as a coordinator names it: a file as it is, a pattern the
Windows command prompt passed on unexpanded, a folder (an inbox, a USB stick) walked for bundles.

Which files are bundles is decided by content, in one place for the CLI and the Sync page
(``desktop.sync.sniff``); what each file then holds (a pipe, a device, a file that is no bundle) is
refused by the importer, one line per file."""

from __future__ import annotations

import glob
import os
from pathlib import Path

_WILDCARDS = frozenset("*?[")


def files_to_import(given: list[Path], passed_over: list[Path] | None = None,
                    unmatched: list[Path] | None = None) -> tuple[list[Path], list[Path]]:
    """The files ``bundle import`` was given, as a coordinator names them: a file as it is; a pattern
    (``inbox\\*.majlis``: Windows' command prompt hands it over as it was typed, unexpanded) the files
    it matches; a folder (an inbox, a USB stick) the bundles in it and its subfolders, found by
    content as the Sync page finds them, passing over the centre's own team file and team updates.
    Each file once, however often it was named. Also the folders in which no bundle was found.
    ``passed_over``, when given, receives the team updates and team files found in the folders;
    ``unmatched``, when given, the patterns that match no file (an empty inbox: said as such, not as a
    file named ``*.majlis`` that is not there); without it such a pattern is kept as a name."""
    from desktop.sync.sniff import bundles_in, same_file
    from desktop.sync.stick_files import signed_kind

    named: list[Path] = []
    for path in given:  # a pattern stands for what it matches, as a POSIX shell expands it
        matches = [Path(m) for m in _matches(path)]
        if not matches and unmatched is not None and is_pattern(path):
            unmatched.append(path)
            continue
        named += matches or [path]
    files: list[Path] = []
    empty: list[Path] = []
    for path in named:
        if not path.is_dir():
            files.append(path)
            continue
        found = bundles_in([path])
        inside = [f for f in found if not signed_kind(f)]  # a team update or the team file: passed over
        if passed_over is not None:
            passed_over += [f for f in found if f not in inside and f not in passed_over]
        if not inside:
            empty.append(path)
        files += inside
    # A folder named with files inside it (``stick stick/a.majlis``): each file once, not imported twice.
    once: dict[Path, Path] = {}
    for f in files:
        once.setdefault(same_file(f), f)
    return list(once.values()), empty


def is_pattern(path: Path) -> bool:
    """Whether ``path`` is read as a pattern: it holds a wildcard and no file or folder has that very name."""
    return bool(_WILDCARDS & set(str(path))) and not path.exists()


def _matches(path: Path) -> list[str]:
    """What the pattern ``path`` matches ([] when it is a file's own name or no pattern). A folder
    that is there is taken by its name, only the last part being the pattern: in
    ``E:\\ڕاپۆرتی هەولێر [٢٠٢٦]\\*.majlis`` the folder's "[٢٠٢٦]" was read as a choice of one
    character, nothing matched, and the bundles in it were "no such file"."""
    if not is_pattern(path):
        return []
    parent = path.parent
    pattern = os.path.join(glob.escape(str(parent)), path.name) if parent.is_dir() else str(path)
    return sorted(glob.glob(pattern))
