"""Survey texts cut to a length keep every character whole.

An XLSForm's choice and group labels are kept to 300 characters, and a column named in a refusal to
60: each was cut at exactly that many code points, leaving half a flag (a lone regional indicator,
a box) in the stored label, or a letter without its harakat in the message. They now end where a
character ends.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QTextBoundaryFinder
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import SurveyChoice, SurveyQuestion
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_import import import_survey

LABELS = ("label::Arabic (ar)", "label::Kurdish (ckb)", "label::English (en)")
# A choice that quotes a whole statement (a flag's halves at characters 299 and 300), and a group
# whose Kurdish heading is a long instruction (a letter at 299, its harakat after it).
STATEMENT = ("أوافق على أن " + "نتائج الانتخابات يجب أن تُعلن خلال أربع وعشرين ساعة في كل المحافظات، " * 5)
INSTRUCTION = "تکایە وەڵامی ئەم پرسیارانە بدەرەوە لەسەر ئەزموونی خۆت لە هەڵبژاردنەکاندا. " * 5


def _stretched(text: str, at: int, tail: str) -> str:
    """``text`` cut or padded with tatweel to ``at`` characters, then ``tail``."""
    return text[:at].ljust(at, "ـ") + tail


CHOICE_AR = _stretched(STATEMENT, 299, "🇮🇶 نعم")
GROUP_CKB = _stretched(INSTRUCTION, 299, "بِّ بەڵێ")
# A data file that is a letter, not an export: its first line (the "column") a long Arabic sentence.
LETTER = _stretched("إلى السادة في منظمة المجتمع المدني، نرجو منكم النظر في ", 57, "حقِّنا في المشاركة السياسية")


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _qt_boundary(text: str, code_points: int) -> bool:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_units(text[:code_points]))
    return finder.isAtBoundary()


def _form(folder: Path) -> Path:
    wb = Workbook()
    survey = wb.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", *LABELS])
    survey.append(["begin_group", "views", "الآراء", GROUP_CKB, "Views"])
    survey.append(["select_one agree", "agree", "هل توافق؟", "ڕازیت؟", "Do you agree?"])
    survey.append(["end_group", "", "", "", ""])
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", *LABELS])
    choices.append(["agree", "yes", CHOICE_AR, "بەڵێ", "Yes"])
    choices.append(["agree", "no", "لا", "نەخێر", "No"])
    settings = wb.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Views", "views_form", "1"])
    form = folder / "form.xlsx"
    wb.save(form)
    return form


def _data(folder: Path, header: list[str]) -> Path:
    data = folder / "data.csv"
    with data.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for n, answer in enumerate(("yes", "no", "yes")):
            w.writerow(["2024-01-01", answer, f"uuid:{n}"][:len(header)])
    return data


def test_long_labels_are_kept_whole_to_300_characters(store: Store, tmp_path: Path) -> None:
    assert CHOICE_AR[299:301] == "🇮🇶" and GROUP_CKB[299:302] == "بِّ"
    form = _form(tmp_path)
    import_survey(store, _data(tmp_path, ["SubmissionDate", "views-agree", "KEY"]), form)
    with store.session() as s:
        choice = s.scalars(select(SurveyChoice).where(SurveyChoice.name == "yes")).one()
        question = s.scalars(select(SurveyQuestion).where(SurveyQuestion.name.endswith("agree"))).one()
        stored = [(choice.label_ar, CHOICE_AR), (question.group_label_ckb, GROUP_CKB)]
    for label, full in stored:
        assert full.startswith(label) and len(label) <= 300
        assert _qt_boundary(full, len(label)), label[-5:]
    assert not stored[0][0].endswith("\U0001f1ee")


def test_a_column_named_in_a_refusal_is_shortened_whole(store: Store, tmp_path: Path) -> None:
    assert LETTER[57:61] == "حقِّ"
    form = _form(tmp_path)
    with pytest.raises(SurveyImportError) as err:
        import_survey(store, _data(tmp_path, ["KEY", LETTER]), form)  # a header: a column of it is known
    named = err.value.params["column"]
    assert named.endswith("…") and len(named) <= 60
    assert LETTER.startswith(named[:-1]) and _qt_boundary(LETTER, len(named) - 1), named
