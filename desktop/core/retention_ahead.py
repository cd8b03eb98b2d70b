"""Participants of sessions not yet held: a retention run keeps their identities.

A retention run erases the identities of every participant known so far (one ``Erasure`` row: no
participant, scope "identity"). A session dated after the run's day (planned for next week) has not
been held: the names and consent signatures of the people it invites are still needed, and were erased
before it took place. The run's row therefore leaves out the participants linked to a live session
dated after its ``erased_on`` day, by attendance or by a consent record given for that session. Every
device that holds the row judges that from its own rows, the same way (``erasure.targets``,
``erasure_guard``); once those sessions are held, the period runs from them and a later run erases
the identities. No Qt.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import CompoundSelect, Connection, select, union

from desktop.core.models import Attendance, ConsentRecord, Participant, Session

if TYPE_CHECKING:
    from desktop.core.erasure import Rule


def linked_after(day: dt.date) -> CompoundSelect[str]:
    """The ids of the participants linked to a live session dated after ``day``."""
    ahead = select(Session.id).where(Session.deleted.is_(False), Session.date > day)
    return union(
        select(Attendance.participant_id).where(Attendance.deleted.is_(False), Attendance.participant_id.is_not(None),
                                                Attendance.session_id.in_(ahead)),
        select(ConsentRecord.participant_id).where(ConsentRecord.deleted.is_(False),
                                                   ConsentRecord.session_id.in_(ahead)),
    )


def run_day(rule: Rule) -> dt.date | None:
    """The day of a retention run (an identity erasure of every participant): its ``erased_on``; None for
    any other erasure, or a day that is no date (a hostile or damaged row: then it covers everyone)."""
    if rule.participant_id or rule.scope != "identity":
        return None
    try:
        return dt.date.fromisoformat(rule.erased_on)
    except ValueError:
        return None


def leave_out(query: Any, rule: Rule) -> Any:
    """``query`` of participants, without those a retention run keeps (none for another erasure)."""
    day = run_day(rule)
    return query if day is None else query.where(Participant.id.not_in(linked_after(day)))


def kept(conn: Connection, rule: Rule, participant_id: str) -> bool:
    """True when ``rule`` is a retention run that keeps this participant (a session of theirs not yet held)."""
    day = run_day(rule)
    if day is None:
        return False
    found = conn.execute(select(Participant.id).where(Participant.id == participant_id,
                                                      Participant.id.in_(linked_after(day))))
    return found.first() is not None
