"""Outreach records (meetings with officials, media appearances, workshops) and the network they build.

The network view answers "who carried the campaign, where, and when": every organisation with the
sessions it attended and the outreach events it took part in, month by month.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import team_rows
from desktop.core.errors import ValidationError
from desktop.core.models import Attendance, Device, Organisation, OutreachEvent, Recommendation, Session
from desktop.core.roles import COORDINATOR as COORDINATOR  # a device's role that changes any row

KINDS = ("meeting", "media", "workshop", "other")
EARLIEST = dt.date(2000, 1, 1)  # as recommendations.EARLIEST


class OutreachError(ValidationError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


FIELDS = ("kind", "title", "date", "place", "governorate", "audience", "reach", "organisation_ids",
          "recommendation_ids", "notes")


def _assign(event: OutreachEvent, fields: Mapping[str, Any]) -> None:
    for key in FIELDS:
        if key not in fields:
            continue
        value = fields[key]
        if key == "kind" and value not in KINDS:
            raise OutreachError("unknown_kind", "unknown kind of outreach")
        if key == "date" and not isinstance(value, dt.date):
            raise OutreachError("date_required", "an outreach record needs a date")
        if key == "date" and value < EARLIEST:  # a slip ("1999" for "2019"): the app's dates begin in 2000
            raise OutreachError("too_early", "an outreach record cannot be dated before 2000")
        if key == "date" and value > dt.date.today():  # a meeting not held yet is no outreach done
            raise OutreachError("future_date", "an outreach record cannot be dated after today")
        if key == "reach":
            value = int(value or 0)
            if value < 0:
                raise OutreachError("negative_reach", "reach cannot be negative")
        if key in ("organisation_ids", "recommendation_ids"):
            value = sorted({str(v) for v in value or []})
        elif isinstance(value, str):
            value = value.strip()
        setattr(event, key, value)
    if not event.title:
        raise OutreachError("title_required", "an outreach record needs a title")
    if event.date is None:
        raise OutreachError("date_required", "an outreach record needs a date")


def _require_live(s: OrmSession, fields: Mapping[str, Any]) -> None:
    """The organisations and recommendations named exist and are not deleted: one chosen in the form
    may have gone meanwhile (a team update), and the record would have named what no list shows."""
    for key, model, code in (("organisation_ids", Organisation, "unknown_organisation"),
                             ("recommendation_ids", Recommendation, "unknown_recommendation")):
        ids = {str(v) for v in fields.get(key) or []}
        if not ids:
            continue
        live = set(s.scalars(select(model.id).where(model.id.in_(ids), model.deleted.is_(False))))
        if ids - live:
            raise OutreachError(code, f"an outreach record names a {key[:-4]} that is not there")


def create(s: OrmSession, fields: Mapping[str, Any]) -> OutreachEvent:
    event = OutreachEvent()
    _require_live(s, fields)
    _assign(event, fields)
    s.add(event)
    s.flush()
    return event


def update(s: OrmSession, event_id: str, fields: Mapping[str, Any]) -> OutreachEvent:
    event = s.get(OutreachEvent, event_id)
    if event is None or event.deleted:
        raise OutreachError("unknown_outreach", "no such outreach record")
    if not may_change(s, event):
        raise OutreachError("not_yours", "a field laptop changes only the outreach records it made")
    _require_live(s, fields)
    _assign(event, fields)
    return event


def may_change(s: OrmSession, event: OutreachEvent) -> bool:
    """A field laptop in a team changes or deletes only the records it made: the centre refuses a whole
    bundle that changes or tombstones another device's row (``desktop/sync/ownership.py``), so it is
    refused here first, where the person sees why. The centre, a coordinator's laptop and a database
    working alone change any."""
    laptop = team_rows.laptop_device(s)
    if laptop is None or event.origin_device == laptop:
        return True
    return s.execute(select(Device.role).where(Device.is_self.is_(True))).scalar() == COORDINATOR


def delete(s: OrmSession, event_id: str) -> None:
    event = s.get(OutreachEvent, event_id)
    if event is None or event.deleted:
        return
    if not may_change(s, event):
        raise OutreachError("not_yours", "a field laptop deletes only the outreach records it made")
    event.deleted = True


def events(s: OrmSession, recommendation_id: str | None = None) -> list[OutreachEvent]:
    """Outreach, newest first; with ``recommendation_id`` only the events that carried it."""
    rows = s.scalars(
        select(OutreachEvent).where(OutreachEvent.deleted.is_(False)).order_by(
            OutreachEvent.date.desc(), OutreachEvent.created_at.desc()
        )
    )
    return [e for e in rows if recommendation_id is None or recommendation_id in (e.recommendation_ids or [])]


@dataclass
class OrgActivity:
    id: str
    name: str
    kind: str
    governorate: str
    sessions: int = 0
    outreach: int = 0
    reach: int = 0
    #: "YYYY-MM" -> (sessions, outreach events) that month
    by_month: dict[str, tuple[int, int]] = field(default_factory=dict)


def _month(day: dt.date | None) -> str:
    return f"{day.year:04d}-{day.month:02d}" if day else ""


def network(s: OrmSession) -> list[OrgActivity]:
    """Organisations by kind and governorate, with their sessions and outreach over time."""
    orgs = {
        o.id: OrgActivity(o.id, o.name, o.kind, o.governorate)
        for o in s.scalars(select(Organisation).where(Organisation.deleted.is_(False)))
    }
    session_months: dict[str, Counter[str]] = defaultdict(Counter)
    outreach_months: dict[str, Counter[str]] = defaultdict(Counter)
    attended = s.execute(
        select(Attendance.organisation_id, Session.id, Session.date)
        .join(Session, Session.id == Attendance.session_id)
        .where(Attendance.organisation_id.is_not(None), Attendance.deleted.is_(False), Session.deleted.is_(False))
        .distinct()
    )
    for org_id, _session_id, day in attended:
        if org_id in orgs:
            orgs[org_id].sessions += 1
            session_months[org_id][_month(day)] += 1
    for event in events(s):
        for org_id in event.organisation_ids or []:
            if org_id in orgs:
                orgs[org_id].outreach += 1
                orgs[org_id].reach += int(event.reach or 0)
                outreach_months[org_id][_month(event.date)] += 1
    for org_id, activity in orgs.items():
        months = sorted(set(session_months[org_id]) | set(outreach_months[org_id]))
        activity.by_month = {m: (session_months[org_id][m], outreach_months[org_id][m]) for m in months}
    return sorted(orgs.values(), key=lambda a: (a.kind, a.governorate, a.name))
