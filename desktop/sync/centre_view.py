"""What the centre's half of the Sync page shows, read in one go on the database worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.db import Store
from desktop.sync import conflicts, devices
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


def read_centre_view(store: Store) -> CentreView | None:
    """None on a field laptop (it only sends)."""
    with store.session() as s:
        team = current_team(s)
        central = team is not None and team.is_central
    if not central:
        return None
    items = conflicts.list_conflicts(store)
    return CentreView(devices.device_reports(store), items, [conflict_context(store, item) for item in items],
                      holds_team_key=bool(team_identities(store)), next_update_name=next_update_name(store))
