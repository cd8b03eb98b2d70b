"""What the centre publishes (codes, organisations), as a laptop in its team holds it.

The centre refuses a whole bundle that changes a row it published (``published_row``, in
``desktop/sync/ownership.py``): one renamed code or organisation on a laptop kept every later
piece of its work, sessions and codings included, from the centre. So a laptop refuses such a
change itself, where the person sees why. The centre, and a database working alone, change them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import Device, Team

#: local_state key, on a laptop: the device id of the team's centre (its roster entry says ``centre``;
#: a team update's signed manifest names it too). Read by ``desktop.sync.centre_device`` and ``erasure``.
CENTRE_STATE = "team_centre_device"


def laptop_device(s: OrmSession) -> str | None:
    """This database's device id when it is a laptop in a team (not the centre), else None."""
    team = s.execute(select(Team.is_central)).first()
    if team is None or team[0]:
        return None
    return s.execute(select(Device.id).where(Device.is_self.is_(True))).scalar()


def is_the_teams(s: OrmSession, origin_device: str, laptop: str | None = None) -> bool:
    """A published row that another device created, seen on a laptop of the team (``laptop``: its
    device id when already known)."""
    laptop = laptop if laptop is not None else laptop_device(s)
    return bool(laptop and origin_device and origin_device != laptop)
