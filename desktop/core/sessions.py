"""Session editing service: fields, attendance, minutes, finalise/unlock and the audit trail.

No Qt here: the roundtable editor, the focus-group editor and the CLI all go through these
functions. Each public writer is one unit of work (``store.transaction()``); the change log is
recorded by the flush hook, so nothing here writes change_log rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.device_label import device_label
from desktop.core.errors import MajlisError, ValidationError
from desktop.core.field_text import blank_line
from desktop.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditEvent,
    ChangeLog,
    Decision,
    Device,
    Session,
    Synced,
    TranscriptTurn,
)
from desktop.core.reference import SESSION_KINDS
from desktop.core.validation import Problem, blocking, session_problems
from desktop.i18n.normalise import clean_text, normalise_for_search

EDITABLE_FIELDS = (
    "title",
    "date",
    "start_time",
    "end_time",
    "governorate",
    "venue",
    "language",
    "facilitator",
    "note_taker",
    "summary",
)
#: Child tables that belong to one session, for the audit trail.
CHILD_MODELS: tuple[type[Synced], ...] = (Attendance, AgendaItem, Decision, ActionItem, TranscriptTurn)


class SessionReadOnly(MajlisError):
    code = "session_read_only"


class SessionNotFound(MajlisError):
    code = "session_not_found"


class ReasonRequired(MajlisError):
    code = "reason_required"


class FinaliseBlocked(ValidationError):
    code = "finalise_blocked"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("the session cannot be finalised", problems=problems)
        self.problems = problems


@dataclass
class Minutes:
    """Everything a roundtable editor shows. Child rows are dicts with an ``id`` (None = new)."""

    fields: dict[str, Any]
    kind: str = "roundtable"
    status: str = "draft"
    attendance: list[dict[str, Any]] = field(default_factory=list)
    agenda: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class AuditRow:
    """One line of a session's audit trail. The device is kept as its pieces, so that the screen
    names it in the language chosen now, as everywhere a device is named (``desktop/core/device_label``)."""

    when: str  # HLC: sorts in time order
    device_name: str  # this database's label of the device that made it, "" when it has none
    device_id: str  # "" when not known (an event made before devices were told apart)
    action: str  # insert|update|delete|finalise|unlock|...
    entity: str
    fields: tuple[str, ...]
    reason: str = ""
    actor: str = ""  # the person, for audit events (finalise, unlock, a conflict resolved)

    def who(self, lang: str = "en") -> str:
        """``Basra laptop 2 (1a2b3c4d)``, ``1a2b3c4d (no name yet)`` (in ``lang``); with the person
        for an audit event: ``Huda (Basra laptop 2 (1a2b3c4d))``."""
        device = device_label(self.device_name, self.device_id, lang) if self.device_id else ""
        if self.actor and device:
            return f"{self.actor} ({device})"
        return self.actor or device

    @property
    def when_ms(self) -> int:
        head = self.when.split(":", 1)[0]
        return int(head) if head.isdigit() else 0


def _get(s: OrmSession, session_id: str) -> Session:
    row = s.get(Session, session_id)
    if row is None or row.deleted:
        raise SessionNotFound(f"no session {session_id}")
    return row


def kind_of(s: OrmSession, session_id: str) -> str | None:
    """The session's kind (roundtable, focus_group, or one a newer Majlis knows), None if absent."""
    return s.scalar(select(Session.kind).where(Session.id == session_id))


def _assign(obj: Synced, values: dict[str, Any]) -> None:
    """Set only what changed, so an autosave of unchanged text logs nothing."""
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def next_number(s: OrmSession, kind: str, governorate: str) -> int:
    value = s.execute(
        select(func.max(Session.number)).where(Session.kind == kind, Session.governorate == governorate)
    ).scalar()
    return int(value or 0) + 1


def create_session(store: Store, kind: str, **fields: Any) -> str:
    if kind not in SESSION_KINDS:
        raise ValidationError(f"unknown session kind {kind!r}")
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"unknown session fields: {sorted(unknown)}")
    with store.transaction() as s:
        row = Session(kind=kind, status="draft", **fields)
        # No governorate yet (the Sessions page's New focus group): numbered when its first pseudonym is
        # made (participants.ensure_session_number), among its governorate's sessions, not those with none.
        governorate = str(fields.get("governorate") or "")
        row.number = next_number(s, kind, governorate) if governorate else 0
        s.add(row)
        s.flush()
        return row.id


def update_session(store: Store, session_id: str, fields: dict[str, Any]) -> None:
    """Save a draft's fields. Invalid values are saved as typed; only finalising is blocked."""
    with store.transaction() as s:
        _update_fields(_get(s, session_id), fields)


def _update_fields(row: Session, fields: dict[str, Any]) -> None:
    if row.status != "draft":
        raise SessionReadOnly("a final or locked session is read-only; unlock it first")
    _assign(row, {k: v for k, v in fields.items() if k in EDITABLE_FIELDS})


def session_fields(row: Session) -> dict[str, Any]:
    return {k: getattr(row, k) for k in EDITABLE_FIELDS}


def load_minutes(store: Store, session_id: str) -> Minutes:
    with store.session() as s:
        return minutes_of(s, session_id)


def minutes_of(s: OrmSession, session_id: str) -> Minutes:
    """Everything the roundtable editor shows of one session."""
    row = _get(s, session_id)
    out = Minutes(fields=session_fields(row), kind=row.kind, status=row.status)
    out.attendance = [
        {"id": a.id, "participant_id": a.participant_id, "organisation_id": a.organisation_id,
         "role": a.role, "seat": a.seat}
        for a in _children(s, Attendance, session_id, Attendance.seat)
    ]
    out.agenda = [
        {"id": a.id, "title": a.title, "notes": a.notes}
        for a in _children(s, AgendaItem, session_id, AgendaItem.position)
    ]
    out.decisions = [{"id": d.id, "text": d.text} for d in _children(s, Decision, session_id, Decision.position)]
    out.actions = [
        {"id": a.id, "what": a.what, "owner": a.owner, "due_date": a.due_date, "status": a.status}
        for a in _children(s, ActionItem, session_id, ActionItem.position)
    ]
    return out


def _children(s: OrmSession, model: Any, session_id: str, order: Any) -> Sequence[Any]:
    return s.execute(
        select(model).where(model.session_id == session_id, model.deleted.is_(False)).order_by(order, model.id)
    ).scalars().all()


def _sync_children(
    s: OrmSession, model: Any, session_id: str, rows: list[dict[str, Any]], order_key: str | None
) -> None:
    """Make the live children of ``model`` match ``rows``: update by id, insert new, tombstone gone.

    New rows get their generated id written back into the dict, so the next autosave updates them.
    """
    existing = {r.id: r for r in _children(s, model, session_id, model.id)}
    keep: set[str] = set()
    for index, data in enumerate(rows):
        values = {k: v for k, v in data.items() if k != "id"}
        if order_key:
            values[order_key] = float(index)
        row_id = data.get("id")
        if row_id and row_id in existing:
            _assign(existing[row_id], values)
            keep.add(row_id)
        else:
            obj = model(session_id=session_id, **values)
            s.add(obj)
            s.flush()
            data["id"] = obj.id
            keep.add(obj.id)
    for row_id, obj in existing.items():
        if row_id not in keep:
            obj.deleted = True


def save_minutes(store: Store, session_id: str, minutes: Minutes) -> Minutes:
    """One autosave of a roundtable: fields and all child rows in one transaction. The minutes as
    stored, read in that transaction (an import committed just after cannot slip into them): what an
    open editor compares a later import's minutes with."""
    with store.transaction() as s:
        row = _get(s, session_id)
        _update_fields(row, minutes.fields)
        for i, a in enumerate(minutes.attendance):
            a["seat"] = i + 1
        _sync_children(s, Attendance, session_id, minutes.attendance, None)
        _sync_children(s, AgendaItem, session_id, minutes.agenda, "position")
        _sync_children(s, Decision, session_id, minutes.decisions, "position")
        _sync_children(s, ActionItem, session_id, minutes.actions, "position")
        return minutes_of(s, session_id)


def problems(store: Store, session_id: str, *, finalising: bool = True) -> list[Problem]:
    with store.session() as s:
        return session_problems(session_fields(_get(s, session_id)), finalising=finalising)


def finalise(store: Store, session_id: str, actor: str, *, today: dt.date | None = None) -> None:
    """Draft → final (read-only). Raises FinaliseBlocked listing what must be fixed first."""
    with store.transaction() as s:
        row = _get(s, session_id)
        if row.status != "draft":  # its status said, so an editor shows final or locked as it is
            raise SessionReadOnly("the session is already final", status=row.status)
        found = blocking(session_problems(session_fields(row), finalising=True, today=today))
        # consent first: (pseudonym, "missing"|"refused") -> Problem(pseudonym, "consent_missing"|...)
        found += [Problem(code, f"consent_{why}") for code, why in consent.consent_problems(s, session_id)]
        if found:
            raise FinaliseBlocked(found)
        row.status = "final"
        s.add(AuditEvent(session_id=session_id, action="finalise", actor=actor))


def unlock(store: Store, session_id: str, reason: str, actor: str) -> None:
    """Final/locked → draft. The reason is mandatory and goes to the audit trail."""
    if blank_line(reason):  # spaces, or bidi marks and control characters pasted: nothing anyone can read
        raise ReasonRequired("unlocking needs a reason")
    with store.transaction() as s:
        row = _get(s, session_id)
        if row.status == "draft":
            return
        row.status = "draft"
        s.add(AuditEvent(session_id=session_id, action="unlock", reason=reason.strip(), actor=actor))


def tombstone_session(store: Store, session_id: str) -> None:
    with store.transaction() as s:
        row = _get(s, session_id)
        if row.status != "draft":
            raise SessionReadOnly("a final session cannot be deleted")
        row.deleted = True


def audit_trail(s: OrmSession, session_id: str) -> list[AuditRow]:
    """Who changed what and when for one session: its change log plus finalise/unlock events."""
    row_ids: set[str] = {session_id}
    for model in CHILD_MODELS:
        row_ids.update(s.execute(select(model.id).where(model.session_id == session_id)).scalars())  # type: ignore[attr-defined]
    names: dict[str, str] = {r[0]: r[1] or "" for r in s.execute(select(Device.id, Device.name))}
    out: list[AuditRow] = []
    ids = sorted(row_ids)
    # Chunked IN lists: SQLite caps bound parameters and a long transcript has thousands of turns.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for ch in s.execute(
            select(ChangeLog).where(ChangeLog.row_id.in_(chunk), ChangeLog.entity != AuditEvent.__tablename__)
        ).scalars():
            fields = tuple(sorted(k for k in (ch.data or {}) if k != "deleted"))
            out.append(AuditRow(ch.hlc, names.get(ch.device_id, ""), ch.device_id, ch.op, ch.entity, fields))
    for ev in s.execute(select(AuditEvent).where(AuditEvent.session_id == session_id)).scalars():
        device = ev.origin_device or ""
        out.append(AuditRow(ev.created_at, names.get(device, ""), device, ev.action, "session", (), ev.reason,
                            ev.actor or ""))
    out.sort(key=lambda r: r.when)
    return out


# --- the sessions list ------------------------------------------------------------------------


@dataclass
class SessionFilter:
    kind: str | None = None
    governorate: str | None = None
    status: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


LIST_COLUMNS = ("date", "title", "kind", "governorate", "venue", "status")


def list_ids(
    s: OrmSession,
    flt: SessionFilter,
    *,
    sort: str = "date",
    descending: bool = True,
    governorate_names: dict[str, str] | None = None,
) -> list[str]:
    """Ids of the matching sessions in display order (ORDER BY in SQL; only ids are loaded).

    ``governorate_names`` (key → name in the interface language) makes the governorate column sort
    by the name the user sees rather than by the stored key.
    """
    from sqlalchemy import case

    q = select(Session.id).where(Session.deleted.is_(False))
    if flt.kind:
        q = q.where(Session.kind == flt.kind)
    if flt.governorate:
        q = q.where(Session.governorate == flt.governorate)
    if flt.status:
        q = q.where(Session.status == flt.status)
    if flt.date_from:
        q = q.where(Session.date >= flt.date_from)
    if flt.date_to:
        q = q.where(Session.date <= flt.date_to)
    text = clean_text(flt.text).strip()
    # Latin words: the database compares them. A number is folded as Arabic text is: "3" typed on the
    # number row finds a title written "٣" or "۳", as "٣" finds "3".
    by_database = text.isascii() and not any(c.isdigit() for c in text)
    if text and by_database:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
        q = q.where(or_(Session.title.ilike(like, escape="\\"), Session.venue.ilike(like, escape="\\")))
    if sort not in LIST_COLUMNS:
        sort = "date"
    column: Any = getattr(Session, sort)
    if sort == "governorate" and governorate_names:
        column = case(governorate_names, value=Session.governorate, else_=Session.governorate)
    q = q.order_by(column.desc() if descending else column.asc(), Session.id)
    if text and not by_database:
        # Arabic or Kurdish as people type it ("الاعلام" for "الإعلام", harakat or not, ك/ي for ک/ی,
        # Arabic-Indic digits), folded as the Reports search and the Participants filter fold it:
        # compared as typed, a title was not found. Only marks (harakat, tatweel, direction marks)
        # hold nothing to look for: no session matches them (the page says why).
        needle = normalise_for_search(text).strip()
        if not needle:
            return []
        rows = s.execute(q.add_columns(Session.title, Session.venue))
        return [row[0] for row in rows
                if needle in normalise_for_search(row[1] or "") or needle in normalise_for_search(row[2] or "")]
    return list(s.execute(q).scalars())


def load_list_rows(s: OrmSession, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    rows = s.execute(
        select(Session.id, *[getattr(Session, c) for c in LIST_COLUMNS]).where(Session.id.in_(list(ids)))
    ).all()
    return {r[0]: dict(zip(LIST_COLUMNS, r[1:], strict=True)) for r in rows}
