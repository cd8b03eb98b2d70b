"""Which device is the team's centre, as this database knows it: the centre itself, or on a laptop the
device its roster names the centre (team updates carry the roster, the centre's entry marked: see
``roster_sync``). Its own module, light on imports: ``majlis-cli bundle status`` lists the devices and
needs this, but none of the keys and age that applying a roster needs (tests/cli/test_cli_startup_imports.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import LocalState, Team
from desktop.core.team_rows import CENTRE_STATE as CENTRE_STATE  # local_state key, on a laptop


def centre_device(s: OrmSession, own_device: str) -> str:
    """The centre's device id: ``own_device`` at the centre, on a laptop the one its roster named the centre
    ("" when no team update has said it yet, or in no team)."""
    team = s.execute(select(Team)).scalars().first()
    if team is not None and team.is_central:
        return own_device
    state = s.get(LocalState, CENTRE_STATE)
    return str(state.value) if state is not None else ""
