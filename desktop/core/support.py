"""Who supports a recommendation: counts from its linked evidence, and the quotes that may be used.

The evidence of a recommendation is the union of its linked segments and of the segments its
linked codes (saved queries: code plus filters) find today. From those segments:

* participants: distinct speakers (transcript turns); split by gender and age band;
* sessions: distinct sessions the segments come from; governorates: of those sessions;
* organisations: distinct organisations that attended those sessions (a roundtable's minutes have
  no speaker, but the organisations around the table stand behind what it recorded).

A participant who withdrew everything supports nothing any more: their segments are left out of
every count and every quote and reported as ``withdrawn``. A quotes-only withdrawal, or a consent
without the quote clause, still counts (counting is not quoting) but never yields a quote.
Consent is decided by ``consent_rules`` through ``retrieval``, as everywhere else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import recommendations, retrieval, survey_stats
from desktop.core.models import Attendance, CodedSegment, EvidenceLink
from desktop.core.retrieval import Retrieved

UNKNOWN = ""  # gender or age band not recorded


@dataclass(frozen=True)
class SurveyFigure:
    link_id: str
    survey_id: str
    question: str
    choices: tuple[str, ...]
    group_by: str
    group_value: str
    share: survey_stats.Share


@dataclass
class Support:
    participants: int = 0
    sessions: int = 0
    governorates: int = 0
    organisations: int = 0
    segments: int = 0  # live, not withdrawn
    withdrawn: int = 0  # segments left out because their speaker withdrew everything
    not_quotable: int = 0  # counted, but their speaker did not agree to be quoted
    by_gender: dict[str, int] = field(default_factory=dict)  # distinct participants
    by_age_band: dict[str, int] = field(default_factory=dict)
    governorate_keys: list[str] = field(default_factory=list)
    quotes: list[Retrieved] = field(default_factory=list)
    surveys: list[SurveyFigure] = field(default_factory=list)


@dataclass(frozen=True)
class LinkRef:
    """An evidence link as support reads it (no ORM object: a recommendation may hold thousands)."""

    id: str
    kind: str
    segment_id: str | None = None
    code_id: str | None = None
    include_subcodes: bool = True
    filters: dict[str, Any] = field(default_factory=dict)
    survey_id: str | None = None
    question: str = ""
    choices: tuple[str, ...] = ()
    group_by: str = ""
    group_value: str = ""


def link_refs(s: OrmSession, rec_id: str) -> list[LinkRef]:
    """The live links of a recommendation in their order; JSON fields read only for the few that have them."""
    t = EvidenceLink.__table__.c
    rows = s.execute(
        select(t.id, t.kind, t.segment_id, t.code_id, t.include_subcodes, t.survey_id, t.question, t.group_by,
               t.group_value)
        .where(t.recommendation_id == rec_id, t.deleted.is_(False))
        .order_by(t.position, t.created_at)
    ).all()
    full = {r.id for r in rows if r.kind != "segment"}
    extra = {r.id: (r.filters, r.choices) for r in s.execute(
        select(t.id, t.filters, t.choices).where(t.id.in_(full)))} if full else {}
    out = []
    for r in rows:
        filters, choices = extra.get(r.id, ({}, []))
        out.append(LinkRef(
            r.id, r.kind, r.segment_id, r.code_id, bool(r.include_subcodes), dict(filters or {}), r.survey_id,
            r.question or "", tuple(str(c) for c in choices or ()), r.group_by or "", r.group_value or "",
        ))
    return out


def evidence_segments(s: OrmSession, links: Iterable[LinkRef], rec_id: str | None = None) -> list[Retrieved]:
    """Every segment the links point at, once each, with consent applied. With ``rec_id`` (the links
    are that recommendation's live ones), its linked segments come in one joined query."""
    links = list(links)
    found: dict[str, Retrieved] = {}
    if rec_id is not None:
        c = EvidenceLink.__table__.c
        linked = retrieval.segment_rows(s, CodedSegment.id.in_(
            select(c.segment_id).where(c.recommendation_id == rec_id, c.kind == "segment", c.deleted.is_(False))))
        items = retrieval.build(s, linked, retrieval.Filters())
    else:
        segment_ids = [link.segment_id for link in links if link.kind == "segment" and link.segment_id]
        items = retrieval.retrieve_segments(s, segment_ids)
    for item in items:
        found[item.segment_id] = item
    for link in links:
        if link.kind != "code" or not link.code_id:
            continue
        items = retrieval.retrieve(
            s, [link.code_id], include_subcodes=bool(link.include_subcodes),
            filters=recommendations.filters_from_json(link.filters),
        )
        for item in items:
            found.setdefault(item.segment_id, item)
    return sorted(found.values(), key=lambda r: (r.session_date is None, r.session_date, r.session_id, r.start))


def support(s: OrmSession, rec_id: str, *, with_surveys: bool = True) -> Support:
    return support_from(s, link_refs(s, rec_id), with_surveys=with_surveys, rec_id=rec_id)


def support_from(
    s: OrmSession, links: list[LinkRef], *, with_surveys: bool = True, rec_id: str | None = None
) -> Support:
    """``rec_id``: the links are all of this recommendation's live links (its segments are then read
    in one joined query)."""
    items = evidence_segments(s, links, rec_id)
    result = Support()
    people: dict[str, Retrieved] = {}
    sessions: dict[str, str] = {}
    for item in items:
        if item.redacted:
            result.withdrawn += 1
            continue
        result.segments += 1
        sessions[item.session_id] = item.governorate
        if item.participant_id:
            people.setdefault(item.participant_id, item)
        if item.do_not_quote:
            result.not_quotable += 1
        else:
            result.quotes.append(item)
    result.participants = len(people)
    result.sessions = len(sessions)
    result.governorate_keys = sorted({g for g in sessions.values() if g})
    result.governorates = len(result.governorate_keys)
    result.organisations = len(_organisations(s, sessions))
    result.by_gender = dict(Counter(p.gender or UNKNOWN for p in people.values()))
    result.by_age_band = dict(Counter(p.age_band or UNKNOWN for p in people.values()))
    if with_surveys:
        result.surveys = survey_figures(s, links)
    return result


def _organisations(s: OrmSession, session_ids: Iterable[str]) -> set[str]:
    ids = list(session_ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        rows = s.execute(
            select(Attendance.organisation_id).where(
                Attendance.session_id.in_(ids[start : start + 500]),
                Attendance.organisation_id.is_not(None),
                Attendance.deleted.is_(False),
            )
        )
        found.update(str(r[0]) for r in rows if r[0])
    return found


def survey_figures(s: OrmSession, links: Iterable[LinkRef]) -> list[SurveyFigure]:
    out = []
    for link in links:
        if link.kind != "survey" or not link.survey_id:
            continue
        try:
            share = survey_stats.share(
                s, link.survey_id, link.question, link.choices or [], link.group_by, link.group_value
            )
        except survey_stats.SurveyQuestionError:
            continue  # the survey was removed or re-imported without this question
        out.append(
            SurveyFigure(
                link.id, link.survey_id, link.question, tuple(link.choices or ()), link.group_by,
                link.group_value, share,
            )
        )
    return out


def listing(s: OrmSession, lang: str) -> list[recommendations.Listed]:
    """Every live recommendation with its current status and support counts."""
    recs = recommendations.live(s)
    statuses = recommendations.current_statuses(s, [r.id for r in recs])
    out = []
    for rec in recs:
        sup = support(s, rec.id, with_surveys=False)
        out.append(
            recommendations.Listed(
                rec.id, rec.number, recommendations.title(rec, lang), statuses.get(rec.id, "drafted"),
                sup.participants, sup.sessions, sup.governorates, sup.organisations,
            )
        )
    return out
