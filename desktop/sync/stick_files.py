"""The files a coordinator brings to the centre on a USB stick, sorted once for `majlis-cli bundle
import` and the Sync page alike: the team updates among them (by content, whatever their names), the
centre's own among those (written here for the laptops, left on the stick that came back: skipped in
one neutral line), and the bundles for the importer. The team file found in a folder is passed over
(how the laptops joined, often kept on the stick); named, the importer says what it is.

Each file's head is read once here (``sniff.signed_kind``, which asks ``file_kinds``: its first bytes
and, for a ZIP, its directory, from one open file); only a team update is read whole, to tell the
centre's own by its signature. Nothing read is kept.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from pathlib import Path
from typing import NamedTuple

from desktop.core.db import Store
from desktop.sync.sniff import TEAM_FILE as TEAM_FILE
from desktop.sync.sniff import TEAM_UPDATE as TEAM_UPDATE
from desktop.sync.sniff import same_file
from desktop.sync.sniff import signed_kind as signed_kind
from desktop.sync.team import current_team
from desktop.sync.team_update import is_own_team_update

# signed_kind and its kinds are sniff's (the one answer to "a team update? the team file?"), named here
# too for the stick's readers (the CLI's import_sources, the Sync page).


class StickFiles(NamedTuple):
    updates: list[Path]  # every team update, by content, each once (however named), by number (by_number)
    own: list[Path]  # the centre's own among ``updates`` (at the centre only), in the same order
    bundles: list[Path]  # the rest, for the importer, in the order given

    @property
    def others(self) -> list[Path]:
        """The team updates that are not the centre's own: another team's, forged, cut short (refused at
        the centre; applied on a coordinator's laptop)."""
        own = set(self.own)
        return [u for u in self.updates if u not in own]


def by_number(path: Path) -> list[tuple[int, str]]:
    """A file name's numbers as numbers: "update-9" before "update-10" (a team update is named by its
    number), where the name's letters put "10" first, so the CLI applied update 10 and then refused 9
    as older."""
    return [(int(part), "") if part.isdigit() else (0, part) for part in re.split(r"(\d+)", str(path))]


def sort_stick_files(store: Store, files: Sequence[Path], *, in_folders: Container[Path] = frozenset(),
                     updates: Sequence[Path] = ()) -> StickFiles:
    """``files`` (in order, named or found in folders) sorted at the centre: the team updates (those in
    ``updates``, told apart already, first), each once however it was named (a folder named with a team
    update inside it; the page's chosen update found again in its folder); the centre's own among them
    (none anywhere else); and the bundles. A team file among ``in_folders`` (those found in a folder) is
    passed over; any other file, a team file named among them, goes to the importer, which says what it
    is. Only regular files are opened (a named pipe would hold the import on its first read)."""
    found: dict[Path, Path] = {}  # same_file -> the path first given
    for path in updates:
        found.setdefault(same_file(path), path)
    bundles: list[Path] = []
    for path in files:
        kind = signed_kind(path) if path.is_file() else ""
        if kind == TEAM_UPDATE:
            found.setdefault(same_file(path), path)
        elif not (kind == TEAM_FILE and path in in_folders):
            bundles.append(path)
    every = sorted(found.values(), key=by_number)  # applied oldest first: "-9" before "-10"
    with store.session() as s:
        team = current_team(s)
    central = team is not None and team.is_central
    return StickFiles(every, [u for u in every if central and is_own_team_update(store, u)], bundles)
