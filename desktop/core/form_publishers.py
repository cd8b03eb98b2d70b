"""Who publishes a consent form: the team (the centre and its coordinators) or one field laptop.

THE RULE. A form is told by its key AND its publisher. A field laptop may publish consent forms of its
own (working alone, or before the team's form reached it): rows like any other, which reach the centre
in its bundles (and a coordinator's laptop that merges them). Their key may be one the centre publishes
too (``session-consent``). So every query about a form's versions (its newest, the form a participant
signs next, re-consent marks, the number of the next version) asks within one publisher:

* the team's versions are those the centre and its coordinators made: they are numbered, sent in team
  updates and signed at the centre and on every laptop, the team's first;
* a laptop's own versions stay that laptop's: shown for its participants' records, numbered among
  themselves, signed on that laptop only when the team has no such form, never counted as the team's
  (a laptop's v3 does not make the team's v1 "older") and never re-sent in a team update (``snapshot``
  sends only the publishers' rows).

In no team, a database publishes alone: every form there is its own, one publisher (``TEAM``), as before
devices were told apart. No Qt here; bundles and the format are unchanged (the row's origin device says it).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import ConsentTemplate, Device, Team
from desktop.core.recorded_on import RecordingDevice, device_names
from desktop.core.roles import COORDINATOR, FIELD

#: The publisher of the team's forms (and of every form on a database in no team).
TEAM = ""



@dataclass(frozen=True)
class Publishers:
    """How this database tells who published a form version, from the row's origin device."""

    central: bool  # the centre
    self_id: str  # this device's id ("" in no team)
    own: str  # the publisher of a form made here: TEAM at the centre, in no team, on a coordinator's laptop
    coordinators: frozenset[str]  # at the centre: whose forms are the team's, besides its own
    field: frozenset[str]  # on a laptop: the other field laptops (a coordinator's laptop merges their bundles)

    def of(self, origin_device: str | None) -> str:
        """The publisher of a row created on ``origin_device``: TEAM, or a field laptop's device id."""
        origin = origin_device or ""
        if not origin or origin == self.self_id:  # made here ("": before devices were told apart)
            return self.own
        if self.central:
            return TEAM if origin in self.coordinators else origin
        return origin if origin in self.field else TEAM  # a laptop receives the team's from the centre

    def signing_order(self) -> tuple[str, ...]:
        """Whose forms a participant signs here, first first: the team's, then this laptop's own."""
        return (TEAM,) if self.own == TEAM else (TEAM, self.own)


def publishers(s: OrmSession | Connection) -> Publishers:
    """This database's way of telling publishers apart (read once per query: a few small tables)."""
    team = s.execute(select(Team.is_central)).first()
    if team is None:
        return Publishers(False, "", TEAM, frozenset(), frozenset())
    devices = s.execute(select(Device.id, Device.role, Device.is_self)).all()
    me = next((str(d) for d, _role, is_self in devices if is_self), "")
    roles = {str(d): str(role or "") for d, role, _is_self in devices}
    if team[0]:
        coordinators = frozenset(d for d, role in roles.items() if role == COORDINATOR)
        return Publishers(True, me, TEAM, coordinators, frozenset())
    own = TEAM if roles.get(me) == COORDINATOR or not me else me
    return Publishers(False, me, own, frozenset(), frozenset(d for d, role in roles.items() if role == FIELD))


def laptops_own_forms(s: OrmSession) -> dict[str, tuple[RecordingDevice, bool]]:
    """Form text id -> the field laptop whose own form it is, and whether that is this laptop: for every
    version not the team's. The Consent page and the workbook name them so: a field laptop's own
    ``session-consent`` at the centre was called the team's form, beside the team's own versions."""
    of, names = publishers(s).of, device_names(s)
    mine = s.execute(select(Device.id).where(Device.is_self.is_(True))).scalar() or ""
    owned = {}
    for template_id, origin in s.execute(select(ConsentTemplate.id, ConsentTemplate.origin_device)):
        publisher = of(origin)
        if publisher != TEAM:
            owned[str(template_id)] = (RecordingDevice(names.get(publisher, ""), publisher), publisher == mine)
    return owned
