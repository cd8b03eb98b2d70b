"""Reading an XLSForm (the form definition KoboToolbox and ODK use): questions, groups, choice labels.

An XLSForm is a workbook with a ``survey`` sheet (type, name, label per language...), a ``choices``
sheet (list_name, name, label per language) and an optional ``settings`` sheet. Label columns are
named ``label::Arabic (ar)``; the language code in brackets wins, and the language name is the
fallback (``label::English``). A plain ``label`` column is in the form's ``default_language``.

Questions inside a repeat are left out: exports put repeats on sheets of their own, and Majlis
imports the main sheet (one row per respondent).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from desktop.core.codebook import script_language
from desktop.core.file_kinds import kind_of_file
from desktop.core.protected_workbook import password_protected
from desktop.core.survey_errors import SurveyImportError
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

LANGS = ("ar", "ckb", "en")
_NAMES = {
    "arabic": "ar", "عربي": "ar", "العربية": "ar",
    "kurdish": "ckb", "sorani": "ckb", "central kurdish": "ckb", "کوردی": "ckb",
    "english": "en",
}
_CODES = {"ar": "ar", "ckb": "ckb", "ku": "ckb", "en": "en"}
_CODE_RE = re.compile(r"\(([A-Za-z_-]+)\)\s*$")

# XLSForm types that are form plumbing, not answers.
STRUCTURE_TYPES = frozenset({"begin_group", "end_group", "begin_repeat", "end_repeat", "note"})
# Metadata types a form may declare: who and what device, not the respondent's answers.
IDENTIFYING_META_TYPES = frozenset(
    {"deviceid", "subscriberid", "simserial", "phonenumber", "username", "email", "audit"}
)
# Question types whose answer points at a person or a place: dropped unless asked to keep.
IDENTIFYING_TYPES = frozenset(
    {"geopoint", "geotrace", "geoshape", "image", "audio", "video", "file", "barcode", "background-audio"}
)
# Free-text questions whose name says they hold a name, a number or an address.
IDENTIFYING_NAME = re.compile(
    r"(^|_)(name|full_?name|first_?name|last_?name|surname|phone|mobile|tel|telephone|whatsapp|email|"
    r"address|national_?id|id_?number|passport|contact_?number|phone_?number)($|_)",
    re.IGNORECASE,
)
# Words of a question's label, in any of its languages, that say the answer is a name, a phone number,
# an address or an e-mail: forms from the field often name their questions q1, q2... ("الاسم الكامل").
IDENTIFYING_LABEL_WORDS = frozenset({
    # Arabic
    "الاسم", "اسم", "اسمك", "اسمكم", "الهاتف", "هاتف", "هاتفك", "الموبايل", "موبايل", "الجوال", "جوال",
    "العنوان", "عنوان", "عنوانك", "الإلكتروني", "واتساب",
    # Central Kurdish
    "ناو", "ناوی", "ناوت", "ناوتان", "تەلەفۆن", "تەلەفۆنی", "تەلەفۆنەکەت", "مۆبایل", "مۆبایلی", "ئیمەیڵ",
    "ئیمێڵ", "ناونیشانی",
    # English
    "name", "surname", "phone", "mobile", "telephone", "whatsapp", "email", "e-mail", "address",
})
# Answer types a name or a phone number is typed into (a phone number is often asked as an integer).
_TYPED_ANSWERS = frozenset({"text", "integer", "decimal"})
_LABEL_WORD = re.compile(r"[\w@.-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@dataclass
class FormChoice:
    name: str
    labels: dict[str, str]


@dataclass
class FormQuestion:
    name: str
    path: tuple[str, ...]  # enclosing group names, outermost first
    type: str
    list_name: str
    labels: dict[str, str]
    group_labels: dict[str, str]

    @property
    def identifying(self) -> bool:
        if self.type in IDENTIFYING_TYPES or self.type in IDENTIFYING_META_TYPES:
            return True
        if self.type not in _TYPED_ANSWERS:
            return False
        # "RespondentName", "phone2" and "name_1" say it as clearly as "respondent_name".
        name = re.sub(r"\d+", "_", _CAMEL.sub("_", self.name))
        if IDENTIFYING_NAME.search(name):
            return True
        return any(word in IDENTIFYING_LABEL_WORDS
                   for label in self.labels.values() for word in _LABEL_WORD.findall(label.lower()))


@dataclass
class XLSForm:
    form_id: str = ""
    version: str = ""
    title: str = ""
    questions: list[FormQuestion] = field(default_factory=list)
    choices: dict[str, list[FormChoice]] = field(default_factory=dict)
    languages: tuple[str, ...] = ()  # of ar/ckb/en, those the form has labels in
    # (language, list_name or "" for questions, how many labels are missing)
    missing_labels: list[tuple[str, str, int]] = field(default_factory=list)


def language_of(column: str, default: str = "") -> str:
    """``label::Arabic (ar)`` -> ``ar``; ``label`` -> ``default``; unknown languages -> ``""``."""
    if "::" not in column:
        return default
    spec = column.split("::", 1)[1].strip()
    match = _CODE_RE.search(spec)
    if match:
        return _CODES.get(match.group(1).lower(), "")
    return _NAMES.get(spec.lower(), "")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet(wb: Any, name: str) -> list[list[str]] | None:
    for sheet_name in wb.sheet_names:
        if sheet_name.strip().lower() == name:
            return [[_text(v) for v in row] for row in wb.get_sheet_by_name(sheet_name).iter_rows()]
    return None


def _records(rows: Sequence[Sequence[str]]) -> tuple[list[str], list[dict[str, str]]]:
    if not rows:
        return [], []
    header = [h.strip() for h in rows[0]]
    out = []
    for row in rows[1:]:
        record = {header[i]: row[i] for i in range(min(len(header), len(row))) if header[i]}
        if any(record.values()):
            out.append(record)
    return header, out


def _labels(record: dict[str, str], columns: dict[str, str], prefix: str = "label") -> dict[str, str]:
    labels: dict[str, str] = {}
    for column, lang in columns.items():
        if column.split("::", 1)[0].strip().lower() == prefix and record.get(column) and lang not in labels:
            labels[lang] = record[column]
    return labels


def is_xlsform(path: Path) -> bool:
    """Whether the file is a workbook with the 'survey' and 'choices' sheets of an XLSForm (only the
    sheet names are read)."""
    try:
        names = {name.strip().lower() for name in CalamineWorkbook.from_path(str(path)).sheet_names}
    except Exception:  # calamine's own error types: not a workbook at all (a CSV export, say)
        return False
    return {"survey", "choices"} <= names


#  A file Majlis knows by its content, given as the form (file_kinds): named as what it is.
_ANOTHER_KIND = {
    "team_key": QT_TRANSLATE_NOOP("Survey", "{file} is the team's key file, not a form (XLSForm): keep it private."),
    "bundle": QT_TRANSLATE_NOOP("Survey", "{file} is a bundle of changes (an encrypted Majlis file), not a form "
                                          "(XLSForm)."),
    "pdf": QT_TRANSLATE_NOOP("Survey", "{file} is a PDF, not a form (XLSForm)."),
    "database": QT_TRANSLATE_NOOP("Survey", "{file} is a database, not a form (XLSForm)."),
    "team_file": QT_TRANSLATE_NOOP("Survey", "{file} is the team file, not a form (XLSForm)."),
    "team_update": QT_TRANSLATE_NOOP("Survey", "{file} is a team update, not a form (XLSForm)."),
}


def read_form(path: Path) -> XLSForm:
    template = _ANOTHER_KIND.get(kind_of_file(path))  # "" for what cannot be read: said below, as calamine finds it
    if template is not None:  # it was "damaged, or not a workbook: download the form again"
        raise SurveyImportError("form_another_kind", template, file=path.name)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for anything unreadable
        if password_protected(path):
            raise SurveyImportError(
                "password_protected_form",
                QT_TRANSLATE_NOOP(
                    "Survey",
                    "The form {file} is protected by a password, which Majlis cannot open. Open it in Excel with "
                    "its password, remove the password, save it, and choose it again.",
                ),
                file=path.name,
            ) from exc
        raise SurveyImportError(
            "unreadable_form",
            QT_TRANSLATE_NOOP(
                "Survey",
                "The form {file} cannot be read as an XLSForm workbook (.xlsx): it is damaged, or not a workbook. "
                "Download the form again from KoboToolbox or ODK Central and choose that file.",
            ),
            file=path.name,
        ) from exc
    survey_rows, choice_rows = _sheet(wb, "survey"), _sheet(wb, "choices")
    if survey_rows is None:
        raise SurveyImportError(
            "no_survey_sheet",
            QT_TRANSLATE_NOOP("Survey", "The form {file} has no 'survey' sheet: is it an XLSForm?"),
            file=path.name,
        )
    settings = _records(_sheet(wb, "settings") or [])[1]
    setting = settings[0] if settings else {}
    default = language_of(f"x::{setting.get('default_language', '')}") if setting.get("default_language") else ""
    form = XLSForm(form_id=setting.get("form_id", ""), version=setting.get("version", ""),
                   title=setting.get("form_title", ""))
    header, records = _records(survey_rows)
    explicit = {language_of(h) for h in header if h.lower().startswith("label::")} - {""}
    fallback = default or _plain_label_language(header, records, explicit)
    columns = {h: language_of(h, fallback) for h in header if h.lower().startswith("label")}
    columns = {h: lang for h, lang in columns.items() if lang}
    form.languages = tuple(lang for lang in LANGS if lang in set(columns.values()))
    _questions(form, records, columns)
    c_header, c_records = _records(choice_rows or [])
    c_columns = {h: language_of(h, fallback) for h in c_header if h.lower().startswith("label")}
    c_columns = {h: lang for h, lang in c_columns.items() if lang}
    for record in c_records:
        list_name, name = record.get("list_name") or record.get("list name", ""), record.get("name", "")
        if list_name and name:
            form.choices.setdefault(list_name, []).append(FormChoice(name, _labels(record, c_columns)))
    _count_missing(form)
    return form


def _plain_label_language(header: list[str], records: list[dict[str, str]], explicit: set[str]) -> str:
    """The language of a plain ``label`` column when the form names none (no ``default_language``): the
    one its script shows. An Iraqi form written in Arabic or Kurdish had its labels taken as English:
    the Arabic screen then said they were missing and the English one showed Arabic."""
    plain = [h for h in header if h.lower() == "label"]
    text = " ".join(str(r.get(h, "")) for r in records for h in plain)
    lang = script_language(text) if text.strip() else "en"
    return lang if lang not in explicit else ""


def _questions(form: XLSForm, records: list[dict[str, str]], columns: dict[str, str]) -> None:
    groups: list[tuple[str, dict[str, str], bool]] = []  # (name, labels, is_repeat)
    for record in records:
        raw_type = re.sub(r"\s+", " ", record.get("type", "")).strip()
        kind = raw_type.replace("begin group", "begin_group").replace("end group", "end_group")
        kind = kind.replace("begin repeat", "begin_repeat").replace("end repeat", "end_repeat")
        head, _, rest = kind.partition(" ")
        if head in ("begin_group", "begin_repeat"):
            groups.append((record.get("name", ""), _labels(record, columns), head == "begin_repeat"))
            continue
        if head in ("end_group", "end_repeat"):
            if groups:
                groups.pop()
            continue
        if not head or head in STRUCTURE_TYPES or not record.get("name"):
            continue
        if any(is_repeat for _, _, is_repeat in groups):
            continue
        list_name = rest.split()[0] if head in ("select_one", "select_multiple") and rest else ""
        form.questions.append(
            FormQuestion(
                name=record["name"], path=tuple(g for g, _, _ in groups), type=head, list_name=list_name,
                labels=_labels(record, columns), group_labels=dict(groups[-1][1]) if groups else {},
            )
        )


def _count_missing(form: XLSForm) -> None:
    for lang in LANGS:
        missing = sum(1 for q in form.questions if q.labels and lang not in q.labels)
        if missing:
            form.missing_labels.append((lang, "", missing))
        for list_name, options in form.choices.items():
            missing = sum(1 for c in options if lang not in c.labels)
            if missing:
                form.missing_labels.append((lang, list_name, missing))
