"""What the advocacy page reads, gathered on the DB worker into plain data (no widget here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, outreach, recommendations, support, survey_stats
from desktop.core.models import OutreachEvent, RecommendationStatus
from desktop.exports.brief_data import survey_line
from desktop.i18n.digits import Digits


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
    support: support.Support
    survey_lines: list[str] = field(default_factory=list)
    links: list[LinkRow] = field(default_factory=list)
    local_draft: bool = False  # drafted here before this laptop joined the team: kept here, not sent


def detail(s: OrmSession, rec_id: str, lang: str, digits: Digits) -> Detail:
    rec = recommendations.get(s, rec_id)
    fields = {key: str(getattr(rec, key) or "") for key in recommendations.EDITABLE if key != "number"}
    links = support.link_refs(s, rec_id)
    sup = support.support_from(s, links, rec_id=rec_id)
    codes = {c.id: c for c in codebook.live_codes(s)}
    quoted = {q.segment_id: q.text for q in sup.quotes}
    rows = []
    for link in links:
        if link.kind == "code" and link.code_id in codes:
            text = codebook.display_name(codes[link.code_id], lang)
            if link.filters:
                text += " (" + ", ".join(f"{k}: {v}" for k, v in sorted(link.filters.items())) + ")"
        elif link.kind == "segment":
            text = quoted.get(link.segment_id or "", "…")[:80]  # never the words of a do-not-quote segment
        else:
            try:
                text = survey_stats.label(survey_stats.question(s, str(link.survey_id), link.question), lang)
            except survey_stats.SurveyQuestionError:
                text = "…"
        rows.append(LinkRow(link.id, link.kind, text))
    return Detail(
        rec.id, rec.number, fields, recommendations.history(s, rec_id), sup,
        [survey_line(s, f, lang, digits) for f in sup.surveys], rows, rec_id in recommendations.drafted_here(s),
    )


def outreach_rows(s: OrmSession) -> list[OutreachEvent]:
    return outreach.events(s)


def network_rows(s: OrmSession) -> list[outreach.OrgActivity]:
    return outreach.network(s)
