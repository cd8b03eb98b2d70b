"""Which columns of a survey export are stored, dropped or ignored (the plan of an import): the form's
questions by their names with or without the group path, their derived columns, the platform's own, and
the questions that say a respondent's governorate, gender or age. Split from ``survey_import.py``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from desktop.core.survey_columns import (
    ID_COLUMNS,
    IDENTIFYING_META_COLUMNS,
    META_COLUMNS,
    refuse_no_answers,
    refuse_unmatched,
)
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_form import FormQuestion, XLSForm
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

_GEO_PARTS = ("latitude", "longitude", "altitude", "precision", "accuracy")
ROLE_NAMES = {
    "governorate": "governorate", "province": "governorate", "muhafaza": "governorate",
    "gender": "gender", "sex": "gender",
    "age_band": "age_band", "age_group": "age_band", "ageband": "age_band",
    "age": "age",
}


@dataclass
class _Plan:
    stored: list[tuple[int, FormQuestion | None, str]]  # (column index, question, stored name)
    id_index: int
    dropped: list[str]
    ignored: int
    roles: dict[str, int]  # role -> position in the stored row


def _joined(q: FormQuestion, sep: str) -> str:
    return sep.join((*q.path, q.name))


def _plan(header: list[str], form: XLSForm, keep_identifying: bool, file_name: str,
          chosen: Collection[str] | None = None) -> _Plan:
    if not any(header):  # an empty file (a failed download, a save that went wrong): not a missing id column
        raise SurveyImportError(
            "no_rows", QT_TRANSLATE_NOOP("Survey", "{file} holds no responses."), file=file_name
        )
    by_column: dict[str, FormQuestion] = {}
    for q in form.questions:
        for key in (_joined(q, "/"), _joined(q, "-"), q.name):
            by_column.setdefault(key, q)
    derived: dict[str, FormQuestion] = {}
    for q in form.questions:
        for base in {_joined(q, "/"), _joined(q, "-"), q.name}:
            if q.type == "select_multiple":
                for choice in form.choices.get(q.list_name, []):
                    derived[f"{base}/{choice.name}"] = q
                    derived[f"{base}-{choice.name}"] = q
            if q.type == "geopoint":
                for part in _GEO_PARTS:
                    derived[f"_{base}_{part}"] = q
                    derived[f"{base}-{part.capitalize()}"] = q
    stored: list[tuple[int, FormQuestion | None, str]] = []
    dropped: list[str] = []
    unknown: list[str] = []
    ignored = 0
    twice = ""
    seen: set[str] = set()
    for index, column in enumerate(header):
        if not column:
            continue
        if column in seen:
            twice = twice or column  # named only once the row is known to be a header
            continue
        seen.add(column)
        question = by_column.get(column)
        if question is not None:
            if question.identifying and not keep_identifying:
                dropped.append(column)
            elif chosen is not None and _joined(question, "/") not in chosen:
                ignored += 1  # a question the person left out
            else:
                stored.append((index, question, _joined(question, "/")))
        elif column in derived:
            if derived[column].identifying and not keep_identifying:
                dropped.append(column)
            else:
                ignored += 1  # the main column holds the same answer
        elif column in IDENTIFYING_META_COLUMNS:
            if keep_identifying:
                stored.append((index, None, column))
            else:
                dropped.append(column)
        elif column in META_COLUMNS:
            ignored += 1
        else:
            unknown.append(column)
    if unknown or twice:
        refuse_unmatched(unknown, len(seen) - len(unknown), twice, file_name)
    id_index = next((header.index(c) for c in ID_COLUMNS if c in header), -1)
    if id_index < 0:
        raise SurveyImportError(
            "no_submission_id",
            QT_TRANSLATE_NOOP("Survey", "{file} has no submission id column (_uuid, meta/instanceID or KEY)."),
            file=file_name,
        )
    if not any(question is not None for _, question, _ in stored):
        refuse_no_answers(file_name)
    roles: dict[str, int] = {}
    for position, (_, question, _) in enumerate(stored):
        if question is None:
            continue
        role = ROLE_NAMES.get(question.name.lower())
        if role and role not in roles:
            roles[role] = position
    return _Plan(stored, id_index, dropped, ignored, roles)
