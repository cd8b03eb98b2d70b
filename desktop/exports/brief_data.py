"""What an evidence brief says about one recommendation, in one language, ready for a page or a sheet.

The brief quotes only what ``support`` lets through: consent to be quoted given and not withdrawn.
A participant who withdrew everything never appears; the brief says how many linked segments were
left out for that reason, so nobody mistakes a thinner brief for weaker evidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session as OrmSession

from desktop.core import recommendations, retrieval, support, support_query, survey_stats, text_cut
from desktop.core.models import Survey
from desktop.core.reference import AGE_BANDS, GOVERNORATE_BY_KEY
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.i18n.digits import Digits, apply_digits
from desktop.i18n.formatting import format_number, format_percent

MAX_QUOTES = support_query.BRIEF_QUOTES
CTX = "Brief"

STATUS_WORDS = {
    "drafted": QT_TRANSLATE_NOOP("Brief", "drafted"),
    "endorsed": QT_TRANSLATE_NOOP("Brief", "endorsed by the network"),
    "presented": QT_TRANSLATE_NOOP("Brief", "presented"),
    "adopted": QT_TRANSLATE_NOOP("Brief", "adopted"),
    "rejected": QT_TRANSLATE_NOOP("Brief", "rejected"),
    "partly_adopted": QT_TRANSLATE_NOOP("Brief", "partly adopted"),
}
GENDER_WORDS = {
    "female": QT_TRANSLATE_NOOP("Brief", "women"),
    "male": QT_TRANSLATE_NOOP("Brief", "men"),
    "other": QT_TRANSLATE_NOOP("Brief", "other"),
    "undisclosed": QT_TRANSLATE_NOOP("Brief", "not disclosed"),
    "": QT_TRANSLATE_NOOP("Brief", "not recorded"),
}


@dataclass
class BriefQuote:
    text: str
    speaker: str
    session: str
    governorate: str
    date: dt.date | None
    language: str = ""  # the session's: a Kurdish quote that begins with "UNDP" still reads right to left


@dataclass
class SurveyBar:
    """One survey figure as a number, for the chart beside its sentence."""

    label: str  # the question (and group), short
    percent: float
    margin: float  # ± points, 95 %
    n: int


@dataclass
class Brief:
    lang: str
    number: int
    title: str
    text: str
    target: str  # law and article
    authority: str
    status: str  # in the brief's language
    status_date: dt.date | None
    participants: int
    sessions: int
    governorates: list[str]
    organisations: int
    by_gender: list[tuple[str, int]]
    by_age_band: list[tuple[str, int]]
    survey_lines: list[str] = field(default_factory=list)
    survey_sources: list[str] = field(default_factory=list)  # the survey each line comes from
    survey_bars: list[SurveyBar] = field(default_factory=list)  # the same figures, as numbers
    quotes: list[BriefQuote] = field(default_factory=list)
    withdrawn: int = 0
    not_quotable: int = 0


def withdrawn_note(count: int) -> str:
    """The sentence for linked segments left out because their speakers withdrew: one sentence for
    one segment ("1 linked segments" read wrong), another with ``{n}`` for more."""
    if count == 1:
        return QT_TRANSLATE_NOOP("Brief", "One linked segment is left out: its speaker withdrew their consent.")
    return QT_TRANSLATE_NOOP("Brief", "{n} linked segments are left out: their speakers withdrew their consent.")


def word(lang: str, text: str, **values: object) -> str:
    out = translate(lang, CTX, text)
    return out.format(**values) if values else out


def build(s: OrmSession, rec_id: str, lang: str, digits: Digits = "latn", *, max_quotes: int = MAX_QUOTES) -> Brief:
    rec = recommendations.get(s, rec_id)
    history = recommendations.history(s, rec_id)
    current = history[-1] if history else None
    sup = support.support(s, rec_id, with_quotes=False)  # the chosen quotes only are read (below)
    gov_names = [_governorate(key, lang) for key in sup.governorate_keys]
    brief = Brief(
        lang=lang, number=rec.number, title=recommendations.title(rec, lang), text=recommendations.text(rec, lang),
        target=" — ".join(x for x in (rec.target_law, rec.target_article) if x), authority=rec.authority,
        status=word(lang, STATUS_WORDS.get(current.status if current else "drafted", "drafted")),
        status_date=current.date if current else None,
        participants=sup.participants, sessions=sup.sessions, governorates=gov_names,
        organisations=sup.organisations,
        by_gender=[(word(lang, GENDER_WORDS.get(g, g)), n) for g, n in sorted(sup.by_gender.items(), key=_gender_key)],
        # A band's digits are the brief's digits, as its counts beside it are ("٢٥-٣٤  ٤", not "25-34  ٤").
        by_age_band=[(apply_digits(band, digits) if band else word(lang, GENDER_WORDS[""]), n)
                     for band, n in sorted(sup.by_age_band.items(), key=_band_key)],
        withdrawn=sup.withdrawn, not_quotable=sup.not_quotable,
    )
    for figure in sup.surveys:
        brief.survey_lines.append(survey_line(s, figure, lang, digits, with_source=False))
        survey = s.get(Survey, figure.survey_id)
        brief.survey_sources.append(survey.title if survey is not None else "")
        brief.survey_bars.append(_survey_bar(s, figure, lang))
    # Which quotes: support_query.choose, the rule the Recommendations page marks its quotes by.
    assert sup.quote_query is not None
    chosen = support_query.brief_choice(s, sup.quote_query, max_quotes).chosen
    for item in support_query.in_order(chosen, retrieval.retrieve_segments(s, chosen)):
        brief.quotes.append(
            BriefQuote(item.text, item.speaker, item.session_title, _governorate(item.governorate, lang),
                       item.session_date, item.session_language)
        )
    return brief


def _survey_bar(s: OrmSession, figure: support.SurveyFigure, lang: str) -> SurveyBar:
    label = survey_stats.label(survey_stats.question(s, figure.survey_id, figure.question), lang)
    label = text_cut.shortened(label, 60)
    if figure.group_by:
        label += f" ({group_name(figure.group_by, figure.group_value, lang)})"
    share = figure.share
    return SurveyBar(label, round(share.percent, 1), round(share.margin, 1), share.n)


def _gender_key(entry: tuple[str, int]) -> tuple[int, str]:
    order = list(GENDER_WORDS)
    return (order.index(entry[0]) if entry[0] in order else len(order), entry[0])


def _band_key(entry: tuple[str, int]) -> tuple[int, str]:
    return (AGE_BANDS.index(entry[0]) if entry[0] in AGE_BANDS else len(AGE_BANDS), entry[0])


def _governorate(key: str, lang: str) -> str:
    gov = GOVERNORATE_BY_KEY.get(key)
    return gov.name(lang) if gov else key


def survey_line(
    s: OrmSession, figure: support.SurveyFigure, lang: str, digits: Digits, *, with_source: bool = True
) -> str:
    """"78% of respondents (Basra) answered Yes to «…» (n = 412; margin of error ± 4.0 points, 95% confidence)".

    Every number, and the percent sign with it, in the brief's digits: "٧٨٪" or "78%", never "78٪"."""
    question = survey_stats.question(s, figure.survey_id, figure.question)
    labels = {c.name: survey_stats.label(c, lang) for c in survey_stats.choices(s, figure.survey_id, question.list_name)}
    answers = word(lang, QT_TRANSLATE_NOOP("Brief", " or ")).join(labels.get(c, c) for c in figure.choices)
    share = figure.share
    values = {
        "percent": format_percent(round(share.percent) / 100, lang, digits),
        "answers": answers,
        "question": survey_stats.label(question, lang),
        "n": format_number(share.n, lang, digits),
        "margin": format_number(share.margin, lang, digits, decimals=1),
        "confidence": format_percent(0.95, lang, digits),
    }
    if figure.group_by:
        group = group_name(figure.group_by, figure.group_value, lang)
        line = word(lang, QT_TRANSLATE_NOOP(
            "Brief", "{percent} of respondents ({group}) answered {answers} to «{question}» "
                     "(n = {n}; margin of error ± {margin} points, {confidence} confidence)."), group=group, **values)
    else:
        line = word(lang, QT_TRANSLATE_NOOP(
            "Brief", "{percent} of respondents answered {answers} to «{question}» "
                     "(n = {n}; margin of error ± {margin} points, {confidence} confidence)."), **values)
    if not share.reliable:
        line += " " + word(lang, QT_TRANSLATE_NOOP("Brief", "(Few respondents: a rough figure.)"))
    survey = s.get(Survey, figure.survey_id)
    if with_source and survey is not None and survey.title:
        line += " — " + survey.title
    return line


def group_name(group_by: str, value: str, lang: str) -> str:
    if group_by == "governorate":
        return _governorate(value, lang)
    if group_by == "gender":
        return word(lang, GENDER_WORDS.get(value, value))
    return value
