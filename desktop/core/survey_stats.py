"""Survey distributions: answers of one question by governorate, gender or age band, with n and a margin.

The margin of error is the half-width of a 95 % confidence interval for a proportion by the normal
approximation (Wald): ``1.96 * sqrt(p * (1 - p) / n)``, in percentage points. It assumes a simple
random sample and says nothing about design effects (clustering, weighting); it is a rough guide
when n * p and n * (1 - p) are both at least about 10, and is not shown as precise below that
(``Share.reliable``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.errors import ValidationError
from desktop.core.models import Survey, SurveyChoice, SurveyQuestion, SurveyResponseBlock
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

Z95 = 1.959963984540054
GROUPINGS = ("", "governorate", "gender", "age_band")
ALL = ""  # the group of every respondent


class SurveyQuestionError(ValidationError):
    code = "survey_question"


def margin_of_error(count: int, n: int) -> float:
    """95 % margin of error in percentage points for ``count`` of ``n`` (normal approximation)."""
    if n <= 0:
        return 0.0
    p = count / n
    return 100.0 * Z95 * math.sqrt(p * (1.0 - p) / n)


@dataclass(frozen=True)
class Share:
    """Respondents (in a group) who chose one of some answers, among those who answered."""

    group: str
    count: int
    n: int

    @property
    def percent(self) -> float:
        return 100.0 * self.count / self.n if self.n else 0.0

    @property
    def margin(self) -> float:
        return margin_of_error(self.count, self.n)

    @property
    def reliable(self) -> bool:
        return self.count >= 10 and self.n - self.count >= 10


@dataclass
class Distribution:
    question: str
    group_by: str
    choices: list[str]  # choice names in the form's order (answers outside the form at the end)
    groups: list[str]  # group values in order of size; ALL first
    counts: dict[tuple[str, str], int]  # (group, choice) -> respondents
    n: dict[str, int]  # group -> respondents who answered
    support: frozenset[str] = frozenset()
    # group -> respondents whose answer includes one of ``support`` (counted once each)
    support_counts: dict[str, int] = field(default_factory=dict)

    def choice_share(self, group: str, choice: str) -> Share:
        return Share(group, self.counts.get((group, choice), 0), self.n.get(group, 0))

    def support_share(self, group: str) -> Share:
        return Share(group, self.support_counts.get(group, 0), self.n.get(group, 0))


def question(s: OrmSession, survey_id: str, name: str) -> SurveyQuestion:
    found = s.scalars(
        select(SurveyQuestion).where(
            SurveyQuestion.survey_id == survey_id, SurveyQuestion.name == name, SurveyQuestion.deleted.is_(False)
        )
    ).first()
    if found is None:
        raise SurveyQuestionError(QT_TRANSLATE_NOOP("Survey", "This survey has no such question."))
    return found


def questions(s: OrmSession, survey_id: str) -> list[SurveyQuestion]:
    query = select(SurveyQuestion).where(SurveyQuestion.survey_id == survey_id, SurveyQuestion.deleted.is_(False))
    return list(s.scalars(query.order_by(SurveyQuestion.position)))


def choices(s: OrmSession, survey_id: str, list_name: str) -> list[SurveyChoice]:
    query = select(SurveyChoice).where(
        SurveyChoice.survey_id == survey_id, SurveyChoice.list_name == list_name, SurveyChoice.deleted.is_(False)
    )
    return list(s.scalars(query.order_by(SurveyChoice.position)))


def label(row: SurveyQuestion | SurveyChoice, lang: str) -> str:
    for candidate in (lang, "en", "ar", "ckb"):
        text = str(getattr(row, f"label_{candidate}", "") or "")
        if text:
            return text
    return row.name


def surveys(s: OrmSession) -> list[Survey]:
    return list(s.scalars(select(Survey).where(Survey.deleted.is_(False)).order_by(Survey.created_at)))


def _answers(
    s: OrmSession, survey: Survey, name: str, group_by: str
) -> Iterator[tuple[str, frozenset[str]]]:
    """(group, chosen answers) of every respondent, block by block (memory stays per block)."""
    columns = _listed(survey.columns)
    if name not in columns:
        raise SurveyQuestionError(QT_TRANSLATE_NOOP("Survey", "This survey has no such question."))
    index = columns.index(name)
    query = (
        select(SurveyResponseBlock)
        .where(SurveyResponseBlock.survey_id == survey.id, SurveyResponseBlock.deleted.is_(False))
        .order_by(SurveyResponseBlock.position)
    )
    for block in s.scalars(query).yield_per(4):
        rows = _listed(block.rows)
        groups: list[Any]
        if group_by == "governorate":
            groups = _listed(block.governorates)
        elif group_by == "gender":
            groups = _listed(block.genders)
        elif group_by == "age_band":
            groups = _listed(block.age_bands)
        else:
            groups = [ALL] * len(rows)
        for group, row in zip(groups, rows, strict=False):
            value = row[index] if isinstance(row, list) and index < len(row) else ""
            if type(value) is float and value.is_integer():
                value = int(value)  # a number cell read from a workbook: 3.0 answers choice "3"
            if not isinstance(value, str | int | float):  # a stray value (an older version's): no answer
                value = ""
            picked = frozenset(str(value).split()) if value != "" else frozenset()
            yield (group if isinstance(group, str) else ""), picked
        s.expunge(block)


def _listed(value: Any) -> list[Any]:
    """A stored JSON list; anything else (an import from an older version, a damaged row) holds nothing."""
    return value if isinstance(value, list) else []


def distribution(
    s: OrmSession, survey_id: str, name: str, group_by: str = "", *, support: Iterable[str] = ()
) -> Distribution:
    """Answers to question ``name`` per group; ``support`` (choice names) adds their combined share."""
    if group_by not in GROUPINGS:
        raise SurveyQuestionError(QT_TRANSLATE_NOOP("Survey", "Unknown grouping of respondents."))
    survey = s.get(Survey, survey_id)
    if survey is None or survey.deleted:
        raise SurveyQuestionError(QT_TRANSLATE_NOOP("Survey", "No such survey."))
    q = question(s, survey_id, name)
    order = [c.name for c in choices(s, survey_id, q.list_name)] if q.list_name else []
    wanted = frozenset(support)
    counts: Counter[tuple[str, str]] = Counter()
    n: Counter[str] = Counter()
    support_counts: Counter[str] = Counter()
    seen: list[str] = []
    for group, picked in _answers(s, survey, name, group_by):
        if not picked:
            continue
        for key in {ALL, group} if group_by else {ALL}:
            n[key] += 1
            for choice in picked:
                counts[(key, choice)] += 1
            if picked & wanted:
                support_counts[key] += 1
        for choice in picked:
            if choice not in order and choice not in seen:
                seen.append(choice)
    groups = [ALL, *sorted((g for g in n if g != ALL), key=lambda g: (-n[g], g))]
    return Distribution(
        name, group_by, order + sorted(seen), groups, dict(counts), dict(n), wanted, dict(support_counts)
    )


def share(
    s: OrmSession, survey_id: str, name: str, support: Iterable[str], group_by: str = "", group_value: str = ""
) -> Share:
    """The share of respondents (in one group, or all) whose answer includes one of ``support``."""
    wanted = frozenset(support)
    dist = distribution(s, survey_id, name, group_by, support=wanted)
    return dist.support_share(group_value if group_by else ALL)
