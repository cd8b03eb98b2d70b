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
Consent is decided by ``consent_rules``, as everywhere else: per (speaker, session) pair for the
counts, which SQL makes (``support_query``), and again by ``retrieval`` for every quote shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_rules, recommendations, support_query, survey_stats
from desktop.core.models import Attendance, EvidenceLink
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
    quotes: list[Retrieved] = field(default_factory=list)  # all of them, unless asked without
    surveys: list[SurveyFigure] = field(default_factory=list)
    quote_count: int = 0  # segments that may be quoted
    quote_query: support_query.QuoteQuery | None = None  # reads them page by page (quote_page)


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


def link_refs(s: OrmSession, rec_id: str, *, segments: bool = True, offset: int = 0,
              limit: int | None = None) -> list[LinkRef]:
    """The live links of a recommendation in their order (``offset``/``limit``: a page of them);
    ``segments=False``: only its code and survey links (a few, where segment links may be thousands).
    JSON fields are read only for the few that have them."""
    t = EvidenceLink.__table__.c
    query = (
        select(t.id, t.kind, t.segment_id, t.code_id, t.include_subcodes, t.survey_id, t.question, t.group_by,
               t.group_value)
        .where(t.recommendation_id == rec_id, t.deleted.is_(False))
        .order_by(t.position, t.created_at)
        .offset(offset)
    )
    if not segments:
        query = query.where(t.kind != "segment")
    if limit is not None:
        query = query.limit(limit)
    rows = s.execute(query).all()
    full = {r.id for r in rows if r.kind != "segment"}
    extra = {r.id: (r.filters, r.choices) for r in s.execute(
        select(t.id, t.filters, t.choices).where(t.id.in_(full)))} if full else {}
    out = []
    for r in rows:
        filters, choices = extra.get(r.id, ({}, []))
        # What the stored JSON holds of another shape (an older version let it in) counts as nothing:
        # a map that is not a map filters nothing, an answer that is a list or a map is no answer.
        filters = filters if isinstance(filters, dict) else {}
        choices = [str(c) for c in choices if isinstance(c, str | int | float)] if isinstance(choices, list) else []
        out.append(LinkRef(
            r.id, r.kind, r.segment_id, r.code_id, bool(r.include_subcodes), dict(filters), r.survey_id,
            r.question or "", tuple(choices), r.group_by or "", r.group_value or "",
        ))
    return out


def _evidence(links: Sequence[LinkRef], rec_id: str | None) -> tuple[tuple[str, ...], tuple[support_query.CodeLink, ...]]:
    segment_ids = () if rec_id is not None else tuple(
        link.segment_id for link in links if link.kind == "segment" and link.segment_id)
    codes = tuple(
        support_query.CodeLink(link.code_id, bool(link.include_subcodes),
                               recommendations.filters_from_json(link.filters))
        for link in links if link.kind == "code" and link.code_id
    )
    return segment_ids, codes


def support(s: OrmSession, rec_id: str, *, with_surveys: bool = True, with_quotes: bool = True) -> Support:
    return support_from(s, link_refs(s, rec_id, segments=False), with_surveys=with_surveys, rec_id=rec_id,
                        with_quotes=with_quotes)


def support_from(
    s: OrmSession, links: list[LinkRef], *, with_surveys: bool = True, rec_id: str | None = None,
    with_quotes: bool = True,
) -> Support:
    """``rec_id``: the links are this recommendation's live links (its segment links may be left out of
    ``links``: they are read in SQL). Counted in SQL per (speaker, session), consent decided per pair;
    ``with_quotes=False`` leaves ``quotes`` empty: read them a page at a time with ``quote_page``."""
    segment_ids, codes = _evidence(links, rec_id)
    f = support_query.facts() if support_query.needs_context(codes) else support_query.lean_facts()
    condition = support_query.evidence_condition(s, f, rec_id=rec_id, segment_ids=segment_ids, codes=codes)
    pairs = support_query.pair_counts(s, f, condition)
    policies = consent_rules.PolicyCache(s, {p.speaker_id for p in pairs if p.speaker_id})
    result = Support()
    people: dict[str, tuple[str, str]] = {}
    sessions: dict[str, str] = {}
    excluded: list[tuple[str, str]] = []
    quotable: list[bool] = []
    for pair in pairs:
        pol = policies.get(pair.speaker_id, pair.session_id)
        quotable.append(not pol.redacted and pol.may_quote)
        if pol.redacted:
            result.withdrawn += pair.segments
        else:
            result.segments += pair.segments
            sessions[pair.session_id] = pair.governorate
            if pair.person_id:
                people.setdefault(pair.person_id, (pair.gender, pair.age_band))
            if not pol.may_quote:
                result.not_quotable += pair.segments
        if pair.speaker_id and (pol.redacted or not pol.may_quote):
            excluded.append((pair.speaker_id, pair.session_id))
    result.participants = len(people)
    result.sessions = len(sessions)
    result.governorate_keys = sorted({g for g in sessions.values() if g})
    result.governorates = len(result.governorate_keys)
    result.organisations = len(_organisations(s, sessions))
    result.by_gender = dict(Counter(g or UNKNOWN for g, _ in people.values()))
    result.by_age_band = dict(Counter(a or UNKNOWN for _, a in people.values()))
    result.quote_count = result.segments - result.not_quotable
    result.quote_query = support_query.QuoteQuery(rec_id, segment_ids, codes, tuple(sorted(excluded)),
                                                  result.quote_count, support_query.reading_order(pairs, quotable))
    if with_quotes:
        result.quotes = quote_page(s, result.quote_query, 0, None)
    if with_surveys:
        result.surveys = survey_figures(s, links)
    return result


def quote_page(s: OrmSession, query: support_query.QuoteQuery, offset: int,
               limit: int | None = support_query.PAGE) -> list[Retrieved]:
    """Quotes ``offset`` to ``offset + limit`` of a recommendation (all with ``limit=None``), in order."""
    return support_query.quote_page(s, query, offset, limit)


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
                s, link.survey_id, link.question, link.choices, link.group_by, link.group_value
            )
        except survey_stats.SurveyQuestionError:
            continue  # the survey was removed or re-imported without this question
        out.append(
            SurveyFigure(
                link.id, link.survey_id, link.question, link.choices, link.group_by,
                link.group_value, share,
            )
        )
    return out


def link_count(s: OrmSession, rec_id: str) -> int:
    t = EvidenceLink.__table__.c
    return int(s.execute(select(func.count()).where(t.recommendation_id == rec_id, t.deleted.is_(False))).scalar()
               or 0)


def listing(s: OrmSession, lang: str) -> list[recommendations.Listed]:
    """Every live recommendation with its current status and support counts."""
    recs = recommendations.live(s)
    statuses = recommendations.current_statuses(s, [r.id for r in recs])
    out = []
    for rec in recs:
        sup = support(s, rec.id, with_surveys=False, with_quotes=False)
        out.append(
            recommendations.Listed(
                rec.id, rec.number, recommendations.title(rec, lang), statuses.get(rec.id, "drafted"),
                sup.participants, sup.sessions, sup.governorates, sup.organisations,
            )
        )
    return out
