"""Recommendations: their texts, their status history, and the evidence linked to them.

A recommendation's current status is not a column: it is the newest entry of its history (by date,
then by when it was written), so two coordinators recording news on two laptops never overwrite
each other: both steps travel and the history shows them in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy import update as update_rows
from sqlalchemy.orm import Session as OrmSession

from desktop.core import survey_stats
from desktop.core.errors import ValidationError
from desktop.core.field_text import blank_line
from desktop.core.models import (
    Code,
    CodedSegment,
    Device,
    EvidenceLink,
    Recommendation,
    RecommendationStatus,
    Survey,
    Team,
)
from desktop.core.retrieval import Filters
from desktop.core.roles import COORDINATOR

STATUSES = ("drafted", "endorsed", "presented", "adopted", "rejected", "partly_adopted")
LANGUAGES = ("ar", "ckb", "en")
EVIDENCE_KINDS = ("segment", "code", "survey")
GROUP_BY = ("", "governorate", "gender", "age_band")


class RecommendationError(ValidationError):
    """A recommendation, status or link that cannot be saved as given; ``code`` says which problem."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# --- who may change them ----------------------------------------------------------------------------


def may_change(s: OrmSession) -> bool:
    """Recommendations and their statuses are team-wide: only a coordinator's database changes them.

    That is a database working alone (it is its own centre), the centre, or a laptop whose own device
    row says coordinator. A field laptop that joined a team only reads them (they reach it in team
    updates) and may still link evidence to them; the centre refuses a field bundle that touches
    them (``desktop/sync/ownership.py``), so they are refused here first, where the person can see why.
    """
    team = s.execute(select(Team.is_central)).first()
    if team is None or team[0]:
        return True
    role = s.execute(select(Device.role).where(Device.is_self.is_(True))).scalar()
    return role == COORDINATOR


def drafted_here(s: OrmSession) -> set[str]:
    """Recommendations this field laptop drafted while it worked alone, before it joined a team.

    In a team they are the coordinators' to make, so these stay on the laptop as local drafts: they
    were taken out of what the laptop sends when it joined (``desktop/sync/local_drafts.py``), so its
    first bundle is not refused for them, and the person can still read them and write their brief
    for a coordinator. Empty where this database may change recommendations. Deleted ones included.
    """
    if may_change(s):
        return set()
    me = s.execute(select(Device.id).where(Device.is_self.is_(True))).scalar()
    if me is None:
        return set()
    return set(s.scalars(select(Recommendation.id).where(Recommendation.origin_device == me)))


def made_alone(s: OrmSession) -> int:
    """Live recommendations of a database that works alone (0 in a team): what joining keeps as drafts."""
    if s.execute(select(Team.id)).first() is not None:
        return 0
    return int(s.execute(select(func.count()).select_from(Recommendation).where(
        Recommendation.deleted.is_(False))).scalar() or 0)


def require_may_change(s: OrmSession) -> None:
    if not may_change(s):
        raise RecommendationError(
            "coordinators_only", "recommendations and their statuses are changed only by coordinators"
        )


def title(rec: Recommendation, lang: str) -> str:
    """The title in ``lang``, or in the first language that has one."""
    for candidate in (lang, *LANGUAGES):
        text = str(getattr(rec, f"title_{candidate}", "") or "")
        if text:
            return text
    return ""


def text(rec: Recommendation, lang: str) -> str:
    for candidate in (lang, *LANGUAGES):
        body = str(getattr(rec, f"text_{candidate}", "") or "")
        if body:
            return body
    return ""


def create(s: OrmSession, fields: Mapping[str, Any], *, date: dt.date | None = None) -> Recommendation:
    """A new recommendation (its history starts at 'drafted')."""
    require_may_change(s)
    if all(blank_line(str(fields.get(f"title_{lang}") or "")) for lang in LANGUAGES):
        raise RecommendationError("title_required", "a recommendation needs a title in at least one language")
    number = fields.get("number")
    if not number:
        current = s.execute(
            select(func.max(Recommendation.number)).where(Recommendation.deleted.is_(False))
        ).scalar()
        number = int(current or 0) + 1
    rec = Recommendation(number=int(number))
    _assign(rec, fields)
    s.add(rec)
    s.flush()
    add_status(s, rec.id, "drafted", date=date or dt.date.today())
    return rec


EDITABLE = (
    *(f"title_{lang}" for lang in LANGUAGES),
    *(f"text_{lang}" for lang in LANGUAGES),
    "target_law",
    "target_article",
    "authority",
    "number",
)


def _assign(rec: Recommendation, fields: Mapping[str, Any]) -> None:
    for key in EDITABLE:
        if key in fields and fields[key] is not None:
            value = fields[key]
            setattr(rec, key, int(value) if key == "number" else str(value).strip())


def update(s: OrmSession, rec_id: str, fields: Mapping[str, Any]) -> Recommendation:
    require_may_change(s)
    rec = get(s, rec_id)
    _assign(rec, fields)
    if all(blank_line(str(getattr(rec, f"title_{lang}") or "")) for lang in LANGUAGES):
        raise RecommendationError("title_required", "a recommendation needs a title in at least one language")
    return rec


def get(s: OrmSession, rec_id: str) -> Recommendation:
    rec = s.get(Recommendation, rec_id)
    if rec is None or rec.deleted:
        raise RecommendationError("unknown_recommendation", "no such recommendation")
    return rec


def delete(s: OrmSession, rec_id: str) -> None:
    if not may_change(s) and rec_id in drafted_here(s):
        _delete_local_draft(s, rec_id)
        return
    require_may_change(s)
    rec = get(s, rec_id)
    rec.deleted = True
    for row in (*links(s, rec_id), *history(s, rec_id)):  # its evidence and status history go with it
        row.deleted = True


def _delete_local_draft(s: OrmSession, rec_id: str) -> None:
    """A field laptop's local draft (``drafted_here``) goes with its evidence and statuses, and is never
    sent: the tombstones are written by plain UPDATEs, which the change log's flush hook does not see. A
    logged deletion would go in the next bundle, a field laptop's change to a team-wide recommendation,
    and the centre refuses such a bundle whole, sessions and consent records with it."""
    get(s, rec_id)  # RecommendationError when it is gone already
    s.flush()  # anything pending in this transaction recorded as usual first
    for column in (EvidenceLink.recommendation_id, RecommendationStatus.recommendation_id, Recommendation.id):
        s.execute(update_rows(column.class_).where(column == rec_id).values(deleted=True),
                  execution_options={"synchronize_session": "fetch"})


def live(s: OrmSession) -> list[Recommendation]:
    query = select(Recommendation).where(Recommendation.deleted.is_(False))
    return list(s.scalars(query.order_by(Recommendation.number, Recommendation.created_at)))


# --- status history ----------------------------------------------------------------------------------


def add_status(
    s: OrmSession, rec_id: str, status: str, *, date: dt.date | None, note: str = "", source: str = ""
) -> RecommendationStatus:
    require_may_change(s)
    if status not in STATUSES:
        raise RecommendationError("unknown_status", "unknown recommendation status")
    if date is None:
        raise RecommendationError("date_required", "a status needs the date it happened")
    _refuse_future(date)
    row = RecommendationStatus(
        recommendation_id=rec_id, status=status, date=date, note=note.strip(), source=source.strip()
    )
    s.add(row)
    s.flush()
    return row


#: The first day a status or an outreach record may have: the app's dates begin in 2000 (a session's too).
EARLIEST = dt.date(2000, 1, 1)


def _refuse_future(date: dt.date) -> None:
    """A status records what happened: one dated ahead (2062 typed for 2026) became the current status
    at once, so a recommendation read "adopted" in the list and in its brief before anyone adopted it.
    One dated before 2000 is a slip of the keyboard ("1999" for "2019"), printed in the brief's history."""
    if date > dt.date.today():
        raise RecommendationError("future_date", "a status cannot be dated in the future")
    if date < EARLIEST:
        raise RecommendationError("too_early", "a status cannot be dated before 2000")


def edit_status(s: OrmSession, status_id: str, fields: Mapping[str, Any]) -> RecommendationStatus:
    require_may_change(s)
    row = s.get(RecommendationStatus, status_id)
    if row is None or row.deleted:
        raise RecommendationError("unknown_status_entry", "no such status entry")
    if "status" in fields:
        if fields["status"] not in STATUSES:
            raise RecommendationError("unknown_status", "unknown recommendation status")
        row.status = str(fields["status"])
    if "date" in fields:
        if not isinstance(fields["date"], dt.date):
            raise RecommendationError("date_required", "a status needs the date it happened")
        _refuse_future(fields["date"])
        row.date = fields["date"]
    for key in ("note", "source"):
        if key in fields:
            setattr(row, key, str(fields[key] or "").strip())
    return row


def delete_status(s: OrmSession, status_id: str) -> None:
    require_may_change(s)
    row = s.get(RecommendationStatus, status_id)
    if row is not None:
        row.deleted = True


def history(s: OrmSession, rec_id: str) -> list[RecommendationStatus]:
    """The status entries, oldest first; the last one is the current status."""
    rows = s.scalars(
        select(RecommendationStatus).where(
            RecommendationStatus.recommendation_id == rec_id, RecommendationStatus.deleted.is_(False)
        )
    )
    return sorted(rows, key=_history_key)


def _history_key(row: RecommendationStatus) -> tuple[dt.date, str]:
    return (row.date or dt.date.min, row.created_at or "")


def current_statuses(s: OrmSession, rec_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Current status of each recommendation, in one query."""
    query = select(RecommendationStatus).where(RecommendationStatus.deleted.is_(False))
    if rec_ids is not None:
        query = query.where(RecommendationStatus.recommendation_id.in_(list(rec_ids)))
    newest: dict[str, RecommendationStatus] = {}
    for row in s.scalars(query):
        best = newest.get(row.recommendation_id)
        if best is None or _history_key(row) > _history_key(best):
            newest[row.recommendation_id] = row
    return {rec_id: row.status for rec_id, row in newest.items()}


# --- evidence links ----------------------------------------------------------------------------------


def filters_to_json(f: Filters) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("governorates", "genders", "age_bands", "kinds", "coders"):
        values = getattr(f, key)
        if values:
            out[key] = sorted(values)
    if f.date_from:
        out["date_from"] = f.date_from.isoformat()
    if f.date_to:
        out["date_to"] = f.date_to.isoformat()
    if f.attributes:
        out["attributes"] = {key: sorted(values) for key, values in f.attributes}
    return out


def filters_from_json(data: Mapping[str, Any] | None) -> Filters:
    data = data or {}

    def values(key: str) -> frozenset[str]:
        raw = data.get(key) or []
        return frozenset(str(v) for v in raw) if isinstance(raw, list) else frozenset()

    def day(key: str) -> dt.date | None:
        raw = data.get(key)
        try:
            return dt.date.fromisoformat(raw) if isinstance(raw, str) and raw else None
        except ValueError:
            return None

    attrs = data.get("attributes") if isinstance(data.get("attributes"), dict) else {}
    return Filters(
        governorates=values("governorates"),
        genders=values("genders"),
        age_bands=values("age_bands"),
        kinds=values("kinds"),
        coders=values("coders"),
        date_from=day("date_from"),
        date_to=day("date_to"),
        attributes=tuple(
            (str(k), frozenset(str(v) for v in vs)) for k, vs in sorted((attrs or {}).items()) if isinstance(vs, list)
        ),
    )


def _require_linkable(s: OrmSession, rec_id: str) -> None:
    """Evidence links travel; one to a local draft would reach a centre that never sees the draft."""
    get(s, rec_id)
    if rec_id in drafted_here(s):
        raise RecommendationError(
            "local_draft", "a recommendation drafted before joining the team stays a local draft on this laptop"
        )


def _next_position(s: OrmSession, rec_id: str) -> float:
    current = s.execute(
        select(func.max(EvidenceLink.position)).where(EvidenceLink.recommendation_id == rec_id)
    ).scalar()
    return float(current or 0.0) + 1.0


def link_segment(s: OrmSession, rec_id: str, segment_id: str, *, note: str = "") -> EvidenceLink:
    _require_linkable(s, rec_id)
    segment = s.get(CodedSegment, segment_id)
    if segment is None or segment.deleted:
        raise RecommendationError("unknown_segment", "no such coded segment")
    for link in links(s, rec_id):
        if link.kind == "segment" and link.segment_id == segment_id:
            return link  # linking the same words twice adds nothing
    link = EvidenceLink(
        recommendation_id=rec_id, kind="segment", segment_id=segment_id, note=note,
        position=_next_position(s, rec_id),
    )
    s.add(link)
    s.flush()
    return link


def link_code(
    s: OrmSession, rec_id: str, code_id: str, *, filters: Filters | None = None, include_subcodes: bool = True,
    note: str = "",
) -> EvidenceLink:
    """A whole code as evidence: a saved query (code plus filters) that grows as coding goes on."""
    _require_linkable(s, rec_id)
    code = s.get(Code, code_id)
    if code is None or code.deleted:
        raise RecommendationError("unknown_code", "no such code")
    saved = filters_to_json(filters or Filters())
    for link in links(s, rec_id):  # the same query twice: listed twice as evidence, counted once
        if (link.kind, link.code_id, bool(link.include_subcodes), dict(link.filters or {})) == (
                "code", code_id, include_subcodes, saved):
            return link
    link = EvidenceLink(
        recommendation_id=rec_id, kind="code", code_id=code_id, include_subcodes=include_subcodes,
        filters=saved, note=note, position=_next_position(s, rec_id),
    )
    s.add(link)
    s.flush()
    return link


def link_survey(
    s: OrmSession, rec_id: str, survey_id: str, question: str, choices: Iterable[str], *,
    group_by: str = "", group_value: str = "", note: str = "",
) -> EvidenceLink:
    """A survey figure: the share of respondents (in a group) who chose one of ``choices``."""
    _require_linkable(s, rec_id)
    survey = s.get(Survey, survey_id)
    if survey is None or survey.deleted:
        raise RecommendationError("unknown_survey", "no such survey")
    if group_by not in GROUP_BY:
        raise RecommendationError("unknown_group", "unknown grouping of survey respondents")
    chosen = sorted({str(c) for c in choices})
    if not chosen:
        raise RecommendationError("choices_required", "choose the answers that count as support")
    survey_stats.question(s, survey_id, question)  # raises for an unknown question
    group_value = group_value if group_by else ""
    for link in links(s, rec_id):  # the same figure twice: the brief printed its line and bar twice
        if (link.kind, link.survey_id, link.question, list(link.choices or []), link.group_by or "",
                link.group_value or "") == ("survey", survey_id, question, chosen, group_by, group_value):
            return link
    link = EvidenceLink(
        recommendation_id=rec_id, kind="survey", survey_id=survey_id, question=question, choices=chosen,
        group_by=group_by, group_value=group_value, note=note,
        position=_next_position(s, rec_id),
    )
    s.add(link)
    s.flush()
    return link


def unlink(s: OrmSession, link_id: str) -> None:
    link = s.get(EvidenceLink, link_id)
    if link is not None:
        link.deleted = True


def links(s: OrmSession, rec_id: str) -> list[EvidenceLink]:
    query = select(EvidenceLink).where(
        EvidenceLink.recommendation_id == rec_id, EvidenceLink.deleted.is_(False)
    )
    return list(s.scalars(query.order_by(EvidenceLink.position, EvidenceLink.created_at)))


@dataclass(frozen=True)
class Listed:
    """One line of the recommendations list (the CLI's ``recommendations list`` and the page)."""

    id: str
    number: int
    title: str
    status: str
    participants: int
    sessions: int
    governorates: int
    organisations: int
