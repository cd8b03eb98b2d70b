"""The participants a retention run keeps: those of sessions not yet held, decided once, carried in the run.

A retention run (an ``Erasure`` row: scope "identity", no participant) erases the identities of every
participant created before it. A focus group dated next week has not been held: the names and phones
of the people it invites are still needed to call them. So the device that makes the run (the centre or
a laptop) looks at its own rows once: the participants linked to a live session dated after the run's
day, by attendance or by a consent record given for that session. It writes their ids (ids only) into
the run's ``kept``, and every device that applies the run leaves out exactly those ids, whatever
sessions it holds itself (a laptop that planned a session and had not sent it when the centre ran
erases what the centre erased). A run without the list (made before it existed) covers everyone
created before it, as it always did. Once their session is held, the next run erases them.

A laptop does not hold the sessions the centre planned (team updates carry no sessions), so its own rows
do not say whom the centre's run kept: a laptop's run also keeps the ids the latest run of the centre it
holds kept (``carried``), until a run of the centre (which holds every session, and knows when one was
held) no longer keeps them. Only the centre's runs are carried: a laptop carrying its own or another
laptop's runs would keep an id for ever (each carrying the other's); the centre judges from its own rows.

The list is bounded (``KEPT_MAX``) where it is made and where it arrives (``kept_problem``: a bundle's
or team update's run naming more ids, or something that is not an id, is refused). No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import CompoundSelect, func, select, union
from sqlalchemy.orm import Session as OrmSession

from desktop.core.ids import PLAIN_ID
from desktop.core.models import Attendance, ConsentRecord, Erasure, LocalState, Session, Team
from desktop.core.team_rows import CENTRE_STATE

#: The most participant ids one run may keep (a study's invited to sessions not yet held are far fewer).
KEPT_MAX = 10_000


def linked_after(day: dt.date, carried_ids: frozenset[str] = frozenset()) -> CompoundSelect[Any]:
    """The ids of the participants linked to a live session dated after ``day`` (not yet held then), and
    ``carried_ids`` (:func:`carried`)."""
    ahead = select(Session.id).where(Session.deleted.is_(False), Session.date > day)
    parts = [
        select(Attendance.participant_id).where(Attendance.deleted.is_(False), Attendance.participant_id.is_not(None),
                                                Attendance.session_id.in_(ahead)),
        select(ConsentRecord.participant_id).where(ConsentRecord.deleted.is_(False),
                                                   ConsentRecord.session_id.in_(ahead)),
    ]
    if carried_ids:  # one bound JSON list, however many (at most KEPT_MAX), not one parameter each
        each = func.json_each(json.dumps(sorted(carried_ids))).table_valued("value")
        parts.append(select(each.c.value))
    return union(*parts)


def carried(s: OrmSession) -> frozenset[str]:
    """On a laptop, the ids the latest run of the team's centre held here keeps (see the module); nothing
    at the centre, which judges from its own rows, nor before a team update has named the centre."""
    central = s.execute(select(Team.is_central)).first()
    if central is not None and central[0]:
        return frozenset()
    state = s.get(LocalState, CENTRE_STATE)
    centre = str(state.value) if state is not None else ""
    if not centre:
        return frozenset()
    latest = s.execute(select(Erasure.kept).where(
        Erasure.deleted.is_(False), Erasure.scope == "identity", Erasure.participant_id == "",
        Erasure.origin_device == centre).order_by(Erasure.created_at.desc()).limit(1)).first()
    return as_kept(latest[0]) if latest is not None else frozenset()


def kept_ids(s: OrmSession, day: dt.date) -> list[str]:
    """The ids a run made on ``day`` keeps: from this device's rows, and on a laptop those the centre's
    latest run kept (:func:`carried`); sorted, each a plain id."""
    return sorted({str(p) for p in s.scalars(linked_after(day, carried(s))) if p and PLAIN_ID.match(str(p))})


def kept_problem(value: Any) -> str | None:
    """Why a run's ``kept`` cannot be taken (a short fixed phrase, never a value), or None: a list of at
    most ``KEPT_MAX`` participant ids. The count is looked at before any id."""
    if type(value) is not list:
        return "not a list of participant ids"
    if len(value) > KEPT_MAX:
        return f"more than {KEPT_MAX} participant ids"
    if not all(type(item) is str and PLAIN_ID.match(item) for item in value):
        return "not a list of participant ids"
    return None


def as_kept(value: Any) -> frozenset[str]:
    """The ids a stored run keeps (nothing for a run without the list, or anything that is not one)."""
    return frozenset(value) if kept_problem(value) is None else frozenset()
