"""Field forms often name their questions q1, q2... and say what they ask only in the label
("الاسم الكامل", "ژمارەی تەلەفۆن"), or ask a phone number as an integer, or name it phoneNumber:
such columns were imported, respondents' names and phone numbers with them, into a database whose
bundles travel. They are identifying and dropped unless asked to keep them."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import ChangeLog, Survey
from desktop.core.survey_import import import_survey, preview_form

LABELS = ("label::Arabic (ar)", "label::Kurdish (ckb)", "label::English (en)")
QUESTIONS = (
    ("text", "q1", "الاسم الكامل", "ناوی تەواو", "Full name"),
    ("integer", "q2", "رقم الهاتف", "ژمارەی تەلەفۆن", "Phone number"),
    ("text", "phoneNumber", "رقم آخر", "ژمارەیەکی تر", "Another number"),
    ("text", "q3", "عنوان السكن", "ناونیشانی ماڵ", "Home"),
    ("integer", "q4", "العمر", "تەمەن", "Age"),
    ("text", "q5", "ملاحظات", "تێبینی", "Comments"),
)
KEPT = {"q4", "q5"}


def _files(folder: Path) -> tuple[Path, Path]:
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    survey.append(["type", "name", *LABELS])
    for row in QUESTIONS:
        survey.append(list(row))
    settings = wb.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Field form", "field_form", "1"])
    form = folder / "form.xlsx"
    wb.save(form)
    data = folder / "data.csv"
    with data.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["SubmissionDate", *(name for _, name, *_ in QUESTIONS), "KEY"])
        for n in range(3):
            w.writerow(["2023-01-01", f"Hawre Ahmed {n}", f"7701234{n:03d}", f"0750999{n:04d}", f"Ranya street {n}",
                        30 + n, "باشە", f"uuid:{n}"])
    return form, data


def test_questions_labelled_as_names_or_phones_are_dropped(store: Store, tmp_path: Path) -> None:
    form, data = _files(tmp_path)
    assert {q.name for q in preview_form(form).questions if q.identifying} == {"q1", "q2", "phoneNumber", "q3"}
    result = import_survey(store, data, form)
    assert set(result.dropped_identifying) == {"q1", "q2", "phoneNumber", "q3"}
    with store.session() as s:
        survey = s.get(Survey, result.survey_id)
        assert survey is not None and set(survey.columns) == KEPT
        blob = " ".join(str(r) for r in s.execute(select(ChangeLog.data)).scalars())
    assert "Hawre" not in blob and "7701234" not in blob and "0750999" not in blob and "Ranya" not in blob


def _plain_form(folder: Path, labels: tuple[str, str, str], choices: tuple[str, str]) -> Path:
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    survey.append(["type", "name", "label"])
    survey.append(["select_one yn", "q_support", labels[0]])
    survey.append(["integer", "age", labels[1]])
    survey.append(["text", "q_comment", labels[2]])
    sheet = wb.create_sheet("choices")
    sheet.append(["list_name", "name", "label"])
    sheet.append(["yn", "yes", choices[0]])
    sheet.append(["yn", "no", choices[1]])
    form = folder / f"form-{len(list(folder.iterdir()))}.xlsx"
    wb.save(form)
    return form


def test_a_plain_label_column_is_in_the_language_its_script_shows(tmp_path: Path) -> None:
    """A form with one plain 'label' column and no default_language, written in Arabic or Kurdish, had
    its labels taken as English."""
    from desktop.core.survey_form import read_form

    arabic = read_form(_plain_form(tmp_path, ("هل تؤيد القانون؟", "العمر", "ملاحظات"), ("نعم", "لا")))
    assert arabic.questions[0].labels == {"ar": "هل تؤيد القانون؟"}
    assert arabic.choices["yn"][0].labels == {"ar": "نعم"}
    kurdish = read_form(_plain_form(tmp_path, ("ئایا پشتگیری لە یاساکە دەکەیت؟", "تەمەن", "تێبینی"), ("بەڵێ", "نەخێر")))
    assert kurdish.questions[0].labels == {"ckb": "ئایا پشتگیری لە یاساکە دەکەیت؟"}
    english = read_form(_plain_form(tmp_path, ("Do you support the law?", "Age", "Comments"), ("Yes", "No")))
    assert english.questions[0].labels == {"en": "Do you support the law?"}
