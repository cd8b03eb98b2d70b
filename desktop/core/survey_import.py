"""Importing a KoboToolbox or ODK Central survey export with its XLSForm, in one transaction.

Column names in the export are the form's question names with their group path, joined by ``/``
(KoboToolbox) or ``-`` (ODK Central), or bare names when the export was made without groups. Every
column must be a question of the form, a derived column of one (select_multiple's one column per
choice, geopoint's latitude/longitude...) or a metadata column of the platform; anything else is
refused (a different form version, or headers exported as labels). Which column is which: ``survey_plan.py``.

Identifying columns are dropped unless ``keep_identifying``: the platform's record of who submitted
and from which device, locations, media, and text or number questions whose name or label says
name/phone/address/e-mail/ID (``survey_form.IDENTIFYING_NAME``, ``IDENTIFYING_LABEL_WORDS``). Their names (never their contents) are kept on the
survey row so a reader of the data knows they existed.

Respondents' governorate, gender and age band are recognised by question name (``governorate``,
``gender``/``sex``, ``age_band``/``age_group``, or a numeric ``age``) and mapped to Majlis's keys so
survey figures sit beside the qualitative ones.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import text_cut
from desktop.core.bounded_read import special_file
from desktop.core.changes import insert_encoded
from desktop.core.db import Store
from desktop.core.field_text import JSON_VALUES_MAX, limit_of, too_long
from desktop.core.models import Survey, SurveyChoice, SurveyQuestion, SurveyResponseBlock
from desktop.core.reference import AGE_BANDS, GOVERNORATES
from desktop.core.survey_columns import (
    ID_COLUMNS,
    IDENTIFYING_META_COLUMNS,
    META_COLUMNS,
)
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_form import LANGS, FormQuestion, XLSForm, is_xlsform, read_form
from desktop.core.survey_plan import ROLE_NAMES as ROLE_NAMES  # moved; importable from here too
from desktop.core.survey_plan import _joined, _Plan, _plan
from desktop.core.survey_reimport import refuse_if_already_imported
from desktop.core.survey_source import Source, cell_text, open_source
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

BLOCK = 1000
_GENDERS = {"female": "female", "f": "female", "woman": "female", "male": "male", "m": "male", "man": "male",
            "other": "other", "undisclosed": "undisclosed", "prefer_not_to_say": "undisclosed"}


@dataclass
class ImportResult:
    survey_id: str
    responses: int
    questions: int
    stored_columns: int
    dropped_identifying: list[str]
    ignored_columns: int  # platform metadata and derived columns not stored
    # (language, list_name or "" for question labels, count) of labels the form lacks
    missing_labels: list[tuple[str, str, int]] = field(default_factory=list)
    source: str = ""
    encoding: str = ""


def _governorate_map(form: XLSForm, question: FormQuestion | None) -> dict[str, str]:
    """Answer value -> Majlis governorate key, by key, three-letter code, or a label in any language."""
    known: dict[str, str] = {}
    for g in GOVERNORATES:
        for name in (g.key, g.code, g.ar, g.ckb, g.en):
            known[name.strip().lower()] = g.key
    out = dict(known)
    if question is not None:
        for choice in form.choices.get(question.list_name, []):
            for candidate in (choice.name, *choice.labels.values()):
                key = known.get(candidate.strip().lower())
                if key:
                    out[choice.name] = key
                    out[choice.name.lower()] = key
                    break
    return out


@functools.lru_cache(maxsize=512)
def age_band(value: str) -> str:
    """A numeric age to Majlis's band (18-24 ... 65+); '' for no age or under 18 (remembered: a
    survey's hundred thousand ages are a few dozen values)."""
    try:
        age = int(float(value))
    except ValueError:
        return ""
    if age < 18:
        return ""
    for band in AGE_BANDS:
        if band.endswith("+"):
            return band
        low, high = (int(x) for x in band.split("-"))
        if low <= age <= high:
            return band
    return ""


@functools.lru_cache(maxsize=512)
def _band_text(value: str) -> str:
    text = re.sub(r"[_\s–]+", "-", value.strip()).replace("plus", "+").replace("-+", "+")
    return text if text in AGE_BANDS else ""


ProgressFn = Callable[[int, int], bool]  # (rows done, rows in all or 0 if not known yet) -> keep going?


def import_survey(
    store: Store,
    data_file: Path,
    form_file: Path | None,
    *,
    keep_identifying: bool = False,
    title: str = "",
    progress: ProgressFn | None = None,
    questions: Collection[str] | None = None,
) -> ImportResult:
    """Import one export. Raises ``SurveyImportError``; on any error nothing is written.

    ``questions``: the questions to keep (their names with the group path, as ``preview_form`` lists
    them); None keeps every question. Identifying ones are dropped unless ``keep_identifying``.
    """
    form = _read_form(form_file, data_file)
    # A Cancel while a large sheet is parsed is heeded at once (the count not known yet: 0).
    source = open_source(data_file, None if progress is None else lambda: progress(0, 0))
    try:
        plan = _plan(source.header, form, keep_identifying, data_file.name, questions)
        # The sheet is read (seconds, for a large .xlsx): its size shown, and a Cancel meanwhile heeded
        # before a wide form's thousands of questions are written.
        if progress is not None and not progress(0, source.total):
            raise SurveyImportError("cancelled", QT_TRANSLATE_NOOP("Survey", "The import was cancelled."))
        with store.transaction() as s:
            survey = Survey(
                title=title or form.title or data_file.stem, form_id=form.form_id, form_version=form.version,
                source="odk" if "KEY" in source.header or "SubmissionDate" in source.header else "kobo",
                columns=[name for _, _, name in plan.stored], dropped_columns=sorted(plan.dropped),
                imported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            )
            _refuse_too_long(survey)
            s.add(survey)
            s.flush()
            _write_form(s, survey.id, form, plan)
            submissions = _write_rows(s, survey.id, source, form, plan, data_file.name, progress)
            refuse_if_already_imported(s, survey, submissions, data_file.name)
            count = survey.response_count = len(submissions)
    finally:
        source.close()
    return ImportResult(
        survey.id, count, sum(1 for _, q, _ in plan.stored if q is not None), len(plan.stored),
        sorted(plan.dropped), plan.ignored, form.missing_labels, source.kind, source.encoding,
    )


@dataclass(frozen=True)
class PreviewQuestion:
    name: str  # with the group path, as stored and as ``import_survey(questions=...)`` takes it
    type: str
    labels: dict[str, str]
    identifying: bool
    role: str  # governorate|gender|age|age_band or ""


@dataclass(frozen=True)
class FormPreview:
    title: str
    questions: list[PreviewQuestion]
    missing_labels: list[tuple[str, str, int]]


def preview_form(form_file: Path | None, data_file: Path | None = None) -> FormPreview:
    """The form's questions, for a person to choose from before the import (the data file is read
    only by the import itself: a national survey's sheet is too big to read twice; ``data_file``, when
    given, is looked at only to say that the two files were given the wrong way round)."""
    form = _read_form(form_file, data_file)
    questions = [
        PreviewQuestion(_joined(q, "/"), q.type, dict(q.labels), q.identifying, ROLE_NAMES.get(q.name.lower(), ""))
        for q in form.questions
    ]
    return FormPreview(form.title, questions, list(form.missing_labels))


def _read_form(form_file: Path | None, data_file: Path | None) -> XLSForm:
    """The form, or, when the form given is a survey export and the survey file given is the XLSForm,
    one line saying the two were swapped (it was 'the form … has no 'survey' sheet: is it an XLSForm?',
    which sent the coordinator looking for a sheet rather than at the order of the two files)."""
    path = _require_form(form_file)
    try:
        return read_form(path)
    except SurveyImportError as refused:
        if (refused.reason in ("no_survey_sheet", "unreadable_form") and data_file is not None
                and data_file.is_file() and is_xlsform(data_file) and _looks_like_export(path)):
            raise SurveyImportError(
                "files_swapped",
                QT_TRANSLATE_NOOP(
                    "Survey",
                    "The two files seem to be the wrong way round: {form} is a survey export and {file} is the "
                    "form (XLSForm). Choose {form} as the survey file and {file} as the form; nothing was "
                    "imported.",
                ),
                form=path.name, file=data_file.name,
            ) from refused
        raise


def _looks_like_export(path: Path) -> bool:
    """A first row with a submission id or a platform column (KoboToolbox's _uuid, ODK Central's KEY...)."""
    try:
        source = open_source(path)
    except (SurveyImportError, OSError):
        return False
    try:
        return any(c in ID_COLUMNS or c in META_COLUMNS or c in IDENTIFYING_META_COLUMNS for c in source.header)
    finally:
        source.close()


def _require_form(form_file: Path | None) -> Path:
    if form_file is None:
        raise SurveyImportError(
            "missing_form",
            QT_TRANSLATE_NOOP(
                "Survey",
                "A survey export needs its XLSForm (the form's .xlsx) to show questions and answers in "
                "Arabic, Kurdish and English.",
            ),
        )
    if special_file(form_file):  # there, but no form: "does not exist" sent the person looking for it
        raise SurveyImportError(
            "form_not_a_file", QT_TRANSLATE_NOOP("Survey", "{file} is a device or a pipe, not a form (XLSForm)."),
            file=form_file.name,
        )
    if form_file.is_dir():
        raise SurveyImportError(
            "form_not_a_file", QT_TRANSLATE_NOOP("Survey", "{file} is a folder, not a form (XLSForm)."),
            file=form_file.name,
        )
    if not form_file.is_file():
        raise SurveyImportError(
            "missing_form_file", QT_TRANSLATE_NOOP("Survey", "The form {file} does not exist."), file=form_file.name
        )
    return form_file


def _write_form(s: Any, survey_id: str, form: XLSForm, plan: _Plan) -> None:
    role_of = {position: role for role, position in plan.roles.items()}
    lists: set[str] = set()
    for position, (_, q, name) in enumerate(plan.stored):
        if q is None:
            s.add(SurveyQuestion(survey_id=survey_id, name=name, type="meta", position=float(position)))
            continue
        lists.add(q.list_name)
        s.add(_refuse_too_long(SurveyQuestion(
            survey_id=survey_id, name=name, type=q.type, list_name=q.list_name, group="/".join(q.path),
            role=role_of.get(position, ""), position=float(position),
            **{f"label_{lang}": q.labels.get(lang, "") for lang in LANGS},
            **{f"group_label_{lang}": text_cut.cut(q.group_labels.get(lang, ""), 300) for lang in LANGS},
        )))
    for list_name in sorted(lists - {""}):
        for position, choice in enumerate(form.choices.get(list_name, [])):
            s.add(_refuse_too_long(SurveyChoice(
                survey_id=survey_id, list_name=list_name, name=choice.name, position=float(position),
                **{f"label_{lang}": text_cut.cut(choice.labels.get(lang, ""), 300) for lang in LANGS},
            )))
    s.flush()


def _refuse_too_long(row: Any) -> Any:
    """``row`` unchanged, or SurveyImportError when a text of it is longer than its column may carry
    in a bundle: the laptop would save it and the centre refuse the laptop's whole bundle. Nothing
    of the survey is written then (the caller's transaction)."""
    for column in row.__table__.columns:
        value = getattr(row, column.key, None)
        if isinstance(value, str) and too_long(column.type, value):
            raise SurveyImportError(
                "too_long",
                QT_TRANSLATE_NOOP(
                    "Survey",
                    "The form holds a text longer than Majlis can send to the centre (over {limit} characters). "
                    "Shorten it in the XLSForm and import again.",
                ),
                field=column.key, limit=limit_of(column.type),
            )
    return row


def _write_rows(
    s: Any, survey_id: str, source: Source, form: XLSForm, plan: _Plan, file_name: str,
    progress: ProgressFn | None,
) -> set[str]:
    """Writes the responses in blocks; returns their submission ids."""
    indexes = [index for index, _, _ in plan.stored]
    width = max([*indexes, plan.id_index]) + 1
    pick = operator.itemgetter(*indexes) if len(indexes) > 1 else (lambda row: (row[indexes[0]],))  # a tuple, as itemgetter's
    id_at = plan.id_index
    gov_at, gender_at = plan.roles.get("governorate"), plan.roles.get("gender")
    band_at, age_at = plan.roles.get("age_band"), plan.roles.get("age")
    gov_question = plan.stored[gov_at][1] if gov_at is not None else None
    governorates = _governorate_map(form, gov_question)
    seen: dict[str, int] = {}
    ids: list[str] = []
    govs: list[str] = []
    genders: list[str] = []
    bands: list[str] = []
    rows: list[tuple[Any, ...]] = []
    count = position = 0
    # A block's rows are one JSON field of one change: with a wide form, fewer than BLOCK rows, so
    # that it holds no more values than a bundle's field may (each row counts its values and itself).
    block_rows = max(1, min(BLOCK, (JSON_VALUES_MAX - 1) // (len(indexes) + 1)))
    line = 1  # the header
    for raw in source.rows:
        line += 1
        if len(raw) < width:
            raw = [*raw, *([""] * (width - len(raw)))]
        # Text and numbers are stored as read (JSON holds both); the rare date or time cell becomes
        # text when the block is encoded (``cell_text`` as the encoder's fallback). No Python work per
        # cell here: that is what keeps the import near the reader's own speed.
        values = pick(raw)
        submission = raw[id_at] if type(raw[id_at]) is str else cell_text(raw[id_at])
        if not submission and values.count("") == len(values):
            continue  # a blank line at the end of a sheet
        if not submission:
            raise SurveyImportError(
                "missing_submission_id",
                QT_TRANSLATE_NOOP("Survey", "Row {row} of {file} has no submission id."), row=line, file=file_name,
            )
        if submission in seen:
            raise SurveyImportError(
                "duplicate_submission",
                QT_TRANSLATE_NOOP(
                    "Survey",
                    "Rows {first} and {row} of {file} are the same submission (the same id): remove the "
                    "duplicate and import again.",
                ),
                first=seen[submission], row=line, file=file_name,
            )
        seen[submission] = line
        ids.append(submission)
        if gov_at is not None:
            gov = cell_text(values[gov_at])
            govs.append(governorates.get(gov, governorates.get(gov.lower(), "")))
        else:
            govs.append("")
        genders.append(_GENDERS.get(cell_text(values[gender_at]).strip().lower(), "") if gender_at is not None else "")
        if band_at is not None:
            bands.append(_band_text(cell_text(values[band_at])))
        elif age_at is not None:
            bands.append(age_band(cell_text(values[age_at])))
        else:
            bands.append("")
        rows.append(values)
        count += 1
        if len(rows) == block_rows:
            _flush_block(s, survey_id, position, ids, govs, genders, bands, rows)
            position += 1
            ids, govs, genders, bands, rows = [], [], [], [], []
            if progress is not None and not progress(count, source.total):
                raise SurveyImportError("cancelled", QT_TRANSLATE_NOOP("Survey", "The import was cancelled."))
    if rows:
        _flush_block(s, survey_id, position, ids, govs, genders, bands, rows)
    if count == 0:
        raise SurveyImportError(
            "no_rows", QT_TRANSLATE_NOOP("Survey", "{file} holds no responses."), file=file_name
        )
    if progress is not None and not progress(count, source.total):  # cancelled before the first block was full, or after the last
        raise SurveyImportError("cancelled", QT_TRANSLATE_NOOP("Survey", "The import was cancelled."))
    return set(seen)


def _flush_block(
    s: Any, survey_id: str, position: int, ids: list[str], govs: list[str], genders: list[str],
    bands: list[str], rows: list[tuple[Any, ...]],
) -> None:
    # Through Core, each JSON value encoded once for the row, its change-log line and the content hash
    # (the ORM and the flush hook would encode a block's thousand rows three times). No ORM object is
    # kept: memory stays one block, whatever the size of the survey.
    insert_encoded(s, SurveyResponseBlock, {
        "survey_id": survey_id, "position": position, "submission_ids": ids, "governorates": govs,
        "genders": genders, "age_bands": bands, "rows": rows, "deleted": False,
    }, fallback=cell_text)
