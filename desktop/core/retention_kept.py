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

The list is bounded (``KEPT_MAX``) where it is made and where it arrives (``kept_problem``: a bundle's
or team update's run naming more ids, or something that is not an id, is refused). No Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import CompoundSelect, select, union
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import Attendance, ConsentRecord, Session

#: The most participant ids one run may keep (a study's invited to sessions not yet held are far fewer).
KEPT_MAX = 10_000
#: A participant id, as a bundle's row ids are checked: 1-36 plain characters.
_ID = re.compile(r"[0-9A-Za-z-]{1,36}\Z")


def linked_after(day: dt.date) -> CompoundSelect[Any]:
    """The ids of the participants linked to a live session dated after ``day`` (not yet held then)."""
    ahead = select(Session.id).where(Session.deleted.is_(False), Session.date > day)
    return union(
        select(Attendance.participant_id).where(Attendance.deleted.is_(False), Attendance.participant_id.is_not(None),
                                                Attendance.session_id.in_(ahead)),
        select(ConsentRecord.participant_id).where(ConsentRecord.deleted.is_(False),
                                                   ConsentRecord.session_id.in_(ahead)),
    )


def kept_ids(s: OrmSession, day: dt.date) -> list[str]:
    """The ids a run made on ``day`` keeps, from this device's rows: sorted, each a plain id."""
    return sorted({str(p) for p in s.scalars(linked_after(day)) if p and _ID.match(str(p))})


def kept_problem(value: Any) -> str | None:
    """Why a run's ``kept`` cannot be taken (a short fixed phrase, never a value), or None: a list of at
    most ``KEPT_MAX`` participant ids. The count is looked at before any id."""
    if type(value) is not list:
        return "not a list of participant ids"
    if len(value) > KEPT_MAX:
        return f"more than {KEPT_MAX} participant ids"
    if not all(type(item) is str and _ID.match(item) for item in value):
        return "not a list of participant ids"
    return None


def as_kept(value: Any) -> frozenset[str]:
    """The ids a stored run keeps (nothing for a run without the list, or anything that is not one)."""
    return frozenset(value) if kept_problem(value) is None else frozenset()
