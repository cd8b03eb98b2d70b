"""Which consents a participant's withdrawal takes back: every one given on or before its day, whichever
record carries the mark and however the consent is dated.

A withdrawal marks the consent records its device holds when it is made (``withdrawal.py``). A record
that arrives after it (a field laptop's bundle holding the consent of the day the participant phoned the
centre, dated ahead by the laptop's clock) or that is typed in after it (the laptop took the centre's marks
in a team update, then typed in a paper form of that day's session) carried no mark, and its session's words
were quoted again. The marks are therefore read for the participant, not for one record:

* a withdrawal of everything covers every consent of the participant, whenever given;
* a withdrawal of quotes dated D covers every consent given on or before D. A consent is given on the
  earliest of its session's day (consent is given at its session: one dated after it, by a clock set
  ahead or typed in days later, is placed at its session), the day of its ``recorded_at``, and the day
  its record was typed in (its stamp ``created_at``: a laptop's date a day ahead dates the session too,
  but re-dating moves only the stamp). A consent given at a session after D stands: quotes allowed
  again, as ``consent withdraw`` says. The latest quotes withdrawal's day counts (one of an earlier day
  covers less). A withdrawal whose day cannot be read covers every consent.
* the day of a moment (the stamp, ``recorded_at``) is its UTC day, the same on every device. Read in each
  computer's own zone, two devices holding the same records decided differently (a laptop left on UTC, the
  centre on Asia/Baghdad: a stamp of 22:30 UTC is one day on the laptop, the next at the centre), which sync
  must never allow. ``recorded_at`` carries its offset and is read as the moment ``consent_order`` reads
  (one without an offset: the earliest it can name); a stamp has none. East of Greenwich, where the project
  works, the UTC day is the local one or the day before: a consent reads as given no later than it was
  there, so it is covered where in doubt. The days a person types (a session's, a withdrawal's) are
  calendar days and compared as written.
* "after D" means after the day after D (:data:`SKEW_DAYS`). A computer's clock may run up to a day ahead
  (``clock.MAX_AHEAD_MS``: what an import takes), and a laptop so set dates a NEW session, the record and
  its stamp tomorrow: the consent of the day the participant withdrew reads as given the day after. Nothing
  synced tells the two apart: an HLC stamp after the withdrawal's proves nothing (the clock ahead makes it
  so, and a laptop that had the withdrawal in a team update stamps after it whenever it records), the day
  a bundle arrived is known to one database only. Every device reads the same records and days, so it
  decides alike; and where the order is unknowable it decides for privacy: covered. A consent given again
  the day after a withdrawal is therefore taken back too; one at a later session stands.

Pure: callers give the records (ORM records or rows) and the days of their sessions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.clock import MAX_AHEAD_MS, is_timestamp, utc_day, wall_ms_of
from desktop.core.consent_order import moment_ms
from desktop.core.models import ConsentRecord, Session

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: The day of a withdrawal that cannot be read: after every day, so that it covers every consent.
_EVERY_DAY = "9999-99-99"
_DAY_MS = 24 * 3600 * 1000
#: Days after a withdrawal's day whose consents it still covers: the clock skew an import allows (see the module).
SKEW_DAYS = -(-MAX_AHEAD_MS // _DAY_MS)


def utc_today() -> str:
    """Today's UTC day: the latest day a consent can be given on (days of moments are UTC days)."""
    return dt.datetime.now(dt.UTC).date().isoformat()


def _recorded_day(recorded_at: object) -> str | None:
    """The UTC day of the moment ``recorded_at`` names, as ``consent_order`` reads it (a time without its
    offset: the earliest moment it can name); the day it is written with when the rest cannot be read."""
    text = str(recorded_at or "")
    if not ISO_DAY.fullmatch(text[:10]):  # not written the way the app writes it (20260302T0900): not read
        return None
    moment = moment_ms(text)
    if moment is not None:
        with contextlib.suppress(OverflowError):  # the day before 0001-01-01 or after 9999-12-31
            return utc_day(moment)
    return text[:10]


def given_day(session_day: str | None, recorded_at: object, created_at: object) -> str | None:
    """The day (YYYY-MM-DD) a consent was given (see the module); None when nothing says it."""
    days = [session_day] if session_day else []
    recorded = _recorded_day(recorded_at)
    if recorded is not None:
        days.append(recorded)
    if is_timestamp(created_at):  # 13 digits of ms: 2286 at most, a day dates can say
        days.append(utc_day(wall_ms_of(str(created_at))))
    return min(days) if days else None


def session_days(s: OrmSession, session_ids: Iterable[str | None]) -> dict[str, str]:
    """The day (YYYY-MM-DD) of each of these sessions, where it is known."""
    ids = sorted({i for i in session_ids if i})
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        rows = s.execute(select(Session.id, Session.date).where(Session.id.in_(ids[start:start + 500]))).all()
        out.update({str(sid): day.isoformat() for sid, day in rows if day is not None})
    return out


def withdrawal_day(withdrawn_at: object) -> str:
    """The day of a withdrawal as compared with the days consents were given."""
    day = str(withdrawn_at or "")[:10]
    return day if ISO_DAY.fullmatch(day) else _EVERY_DAY


def covers(given: str | None, withdrawn_day: str) -> bool:
    """Whether a withdrawal of quotes of ``withdrawn_day`` (:func:`withdrawal_day`) covers a consent given on
    ``given`` (:func:`given_day`; None: unknown): on or before its day, or within the clock skew after it."""
    if given is None:
        return True
    try:
        last = (dt.date.fromisoformat(withdrawn_day) + dt.timedelta(days=SKEW_DAYS)).isoformat()
    except (ValueError, OverflowError):  # unreadable (every day) or past what dates can say
        return True
    return given <= last


def covering(records: Sequence[Any], days: Mapping[str, str]) -> list[tuple[str | None, str | None]]:
    """(withdrawn_at, withdrawal_scope) each of a participant's ``records`` (all of them; each with
    ``withdrawn_at``, ``withdrawal_scope``, ``session_id``, ``recorded_at``, ``created_at``) is read with:
    its own marks, or those of the participant's withdrawal that covers it (see the module)."""
    everything = next((r.withdrawn_at for r in records if r.withdrawn_at and r.withdrawal_scope == "all"), None)
    quotes = [r.withdrawn_at for r in records if r.withdrawn_at and r.withdrawal_scope == "quotes"]
    until = max(quotes, key=withdrawal_day) if quotes else None
    out: list[tuple[str | None, str | None]] = []
    for r in records:
        marks: tuple[str | None, str | None] = (r.withdrawn_at, r.withdrawal_scope)
        if everything is not None and not (r.withdrawn_at and r.withdrawal_scope == "all"):
            marks = (everything, "all")
        elif until is not None and not r.withdrawn_at and covers(
                given_day(days.get(r.session_id or ""), r.recorded_at, r.created_at), withdrawal_day(until)):
            marks = (until, "quotes")
        out.append(marks)
    return out


def covered_marks(s: OrmSession, participant_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Consent record id -> the (withdrawn_at, withdrawal_scope) it is read with, for the live records of
    these participants that a withdrawal covers without carrying its mark (see the module): what a
    register shows of them, as the exports and lists decide."""
    c = ConsentRecord.__table__.c
    withdrawn = set(s.scalars(select(c.participant_id).where(
        c.deleted.is_(False), c.withdrawn_at.is_not(None), c.withdrawn_at != "").distinct()))
    people = sorted(withdrawn & set(participant_ids))
    by_person: dict[str, list[Any]] = {}
    for start in range(0, len(people), 500):
        for r in s.execute(select(c.id, c.participant_id, c.session_id, c.recorded_at, c.created_at, c.withdrawn_at,
                                  c.withdrawal_scope).where(c.deleted.is_(False),
                                                            c.participant_id.in_(people[start:start + 500]))):
            by_person.setdefault(r.participant_id, []).append(r)
    out: dict[str, tuple[str, str]] = {}
    for records in by_person.values():
        days = session_days(s, (r.session_id for r in records))
        for r, (when, scope) in zip(records, covering(records, days), strict=True):
            if when and scope and (when, scope) != (r.withdrawn_at, r.withdrawal_scope):
                out[str(r.id)] = (when, scope)
    return out
