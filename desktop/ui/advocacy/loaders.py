"""What the advocacy page reads, gathered on the DB worker into plain data (no widget here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session as OrmSession

from desktop.core import (
    codebook,
    organisations,
    outreach,
    recommendations,
    support,
    support_query,
    survey_stats,
    text_cut,
)
from desktop.core.models import OutreachEvent, RecommendationStatus
from desktop.core.retrieval import Retrieved
from desktop.exports.brief_data import group_name, survey_line
from desktop.i18n.digits import Digits
from desktop.ui.advocacy.filter_words import filter_words


@dataclass
class LinkRow:
    id: str
    kind: str  # segment|code|survey
    description: str


@dataclass
class Detail:
    id: str
    number: int
    fields: dict[str, str]
    history: list[RecommendationStatus]
    support: support.Support  # counts; its quotes are read by the page (``quotes``, ``support.quote_query``)
    survey_lines: list[str] = field(default_factory=list)
    links: list[LinkRow] = field(default_factory=list)  # the first page of them
    local_draft: bool = False  # drafted here before this laptop joined the team: kept here, not sent
    quotes: list[Retrieved] = field(default_factory=list)  # the first page of them
    link_count: int = 0
    #: What reads the page's quotes, and how many: those of ``support`` less the facilitator's own turns,
    #: which the evidence brief never quotes (the page lists what the brief may use).
    quote_query: support_query.QuoteQuery | None = None
    quote_count: int = 0
    #: Which of those quotes the evidence brief prints, and why the others are not in it (the brief's rule).
    brief: support_query.BriefChoice = field(default_factory=support_query.BriefChoice)


def detail(s: OrmSession, rec_id: str, lang: str, digits: Digits) -> Detail:
    """What opening a recommendation shows: counts from SQL, the first page of quotes and of links."""
    rec = recommendations.get(s, rec_id)
    fields = {key: str(getattr(rec, key) or "") for key in recommendations.EDITABLE if key != "number"}
    sup = support.support(s, rec_id, with_quotes=False)
    assert sup.quote_query is not None
    query = support_query.without_facilitator(s, sup.quote_query)
    quotes = support.quote_page(s, query, 0)
    return Detail(
        rec.id, rec.number, fields, recommendations.history(s, rec_id), sup,
        [survey_line(s, f, lang, digits) for f in sup.surveys], link_rows(s, rec_id, lang, 0),
        rec_id in recommendations.drafted_here(s), quotes, support.link_count(s, rec_id),
        query, query.total, support_query.brief_choice(s, query),
    )


def link_rows(s: OrmSession, rec_id: str, lang: str, offset: int, limit: int = support_query.PAGE) -> list[LinkRow]:
    """A page of a recommendation's evidence links, each described in a few words."""
    links = support.link_refs(s, rec_id, offset=offset, limit=limit)
    segment_ids = [link.segment_id for link in links if link.kind == "segment" and link.segment_id]
    # Never the words of a do-not-quote or withdrawn segment.
    quoted = support_query.quotable_words(s, segment_ids) if segment_ids else {}
    codes = {c.id: c for c in codebook.live_codes(s)} if any(link.kind == "code" for link in links) else {}
    rows = []
    for link in links:
        if link.kind == "code" and link.code_id in codes:
            text = codebook.display_name(codes[link.code_id], lang)
            words = filter_words(link.filters, lang) if link.filters else ""
            if words:
                text += f" ({words})"
        elif link.kind == "segment":
            text = text_cut.shortened(quoted.get(link.segment_id or "", "…"), 80)
        else:
            text = _figure_words(s, link, lang)
        rows.append(LinkRow(link.id, link.kind, text))
    return rows


def outreach_rows(s: OrmSession) -> list[OutreachEvent]:
    return outreach.events(s)


def outreach_choices(s: OrmSession, lang: str) -> tuple[list[tuple[str, str]], list[tuple[str, int, str]]]:
    """What an outreach record may name: every live organisation (id, name), by name, and every live
    recommendation (id, number, title in ``lang``), by number."""
    orgs = [(o.id, o.name) for o in organisations.page(s, 0, organisations.count(s))]
    recs = [(r.id, r.number, recommendations.title(r, lang)) for r in recommendations.live(s)]
    return orgs, recs


def network_rows(s: OrmSession) -> list[outreach.OrgActivity]:
    return outreach.network(s)


def _figure_words(s: OrmSession, link: support.LinkRef, lang: str) -> str:
    """A survey figure as the evidence list names it: its question, the answers that count and the group
    ("… (Yes; Basra)"): two figures of one question read the same otherwise."""
    try:
        question = survey_stats.question(s, str(link.survey_id), link.question)
    except survey_stats.SurveyQuestionError:
        return "…"
    labels = {c.name: survey_stats.label(c, lang) for c in survey_stats.choices(s, str(link.survey_id),
                                                                                 question.list_name)}
    chosen = [c for c in labels if c in link.choices] + [c for c in link.choices if c not in labels]  # the form's order
    parts = [" / ".join(labels.get(c, c) for c in chosen)]
    if link.group_by:
        parts.append(group_name(link.group_by, link.group_value, lang))
    sep = "؛ " if lang in ("ar", "ckb") else "; "
    return f"{survey_stats.label(question, lang)} ({sep.join(p for p in parts if p)})"
