"""What the centre's half of the Sync page shows, read in one go on the database worker: at the
centre, and on a second coordinator's laptop (a laptop in the team whose own device the centre's
roster, carried in its team updates, names a coordinator: it receives and merges bundles with the
team key file it was given, ``team key export``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.db import Store
from desktop.sync import conflicts, devices, roster_sync
from desktop.sync.conflict_context import conflict_context
from desktop.sync.team import current_team, next_update_name, team_identities


@dataclass(frozen=True)
class CentreView:
    """Devices and their gaps, open conflicts with their context; whether the team key is kept here."""

    reports: list[Any]
    conflicts: list[Any]
    contexts: list[Any]
    holds_team_key: bool = False
    next_update_name: str = ""  # what Publish team update suggests: the team and the next number
    #: The centre (it publishes team updates, approves devices); False: a second coordinator's laptop.
    centre: bool = True


def read_centre_view(store: Store) -> CentreView | None:
    """None on a field laptop (it only sends), and on a database in no team."""
    with store.session() as s:
        team = current_team(s)
        central = team is not None and team.is_central
        coordinator = team is not None and not central and roster_sync.is_coordinator_laptop(s, store.device_id)
    if not (central or coordinator):
        return None
    items = conflicts.list_conflicts(store)
    return CentreView(devices.device_reports(store), items, [conflict_context(store, item) for item in items],
                      holds_team_key=bool(team_identities(store)),
                      next_update_name=next_update_name(store) if central else "", centre=central)
