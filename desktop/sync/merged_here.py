"""Whether bundles of changes are merged on this database, asked by the Sync page and ``majlis-cli
bundle import`` alike: at the centre and on a laptop the centre's roster names a coordinator; not on
a field laptop, whatever way a bundle reaches it (opened with the app, dropped, chosen, named to
``bundle import`` with the team key file): each is refused there as ``not_merged_here``. Light on
imports (the CLI's import loads no roster, device reports or conflicts to ask it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.core.db import Store
from desktop.sync import roster_sync
from desktop.sync.sniff import AGE_HEADER, starts_with
from desktop.sync.team_common import current_team


def merges_here(store: Store) -> bool:
    """Whether bundles of changes are merged on this database: at the centre and on a second
    coordinator's laptop; not on a field laptop (the import refuses them there, whatever way they
    came). A database in no team is left to the import's own refusals (no team key, not enrolled)."""
    with store.session() as s:
        team = current_team(s)
        return team is None or team.is_central or roster_sync.is_coordinator_laptop(s, store.device_id)


def not_merged(files: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """``files`` given to a field laptop split in two, in order: the bundles of changes (encrypted, or
    no regular file: what cannot be read to tell), each refused as not merged here; and the rest (the
    team file, no Majlis file at all), which goes with the team updates and is refused as what it is."""
    bundles = [p for p in files if not p.is_file() or starts_with(p, AGE_HEADER)]
    chosen = set(bundles)
    return bundles, [p for p in files if p not in chosen]
