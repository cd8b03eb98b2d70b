"""A workbook that is no export of the form (a list of respondents, a sheet without headers) is said to be
so, without a word of it in the refusal.

Its first row was taken for column names and the first of them named: "3 columns of list.xlsx are not
in the form (first: Amal Hassan)". Where that row is a respondent's answers (a sheet saved without its
header row), the refusal, shown on screen and kept by a screenshot or a screen reader, carried their
name. A file some of whose columns are the form's keeps naming the first one that is not (that row is
the header, and the column tells which version of the form the file is from). So does "The column نعم
appears twice": two answers alike in that row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.models import Survey
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_import import import_survey
from tests.kobo_export import write_kobo_xlsx

RESPONDENT = ("Amal Hassan", 34, "07701234567")


def _workbook(path: Path, *rows: tuple[object, ...]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("first_row", [RESPONDENT, ("الاسم", "العمر", "الهاتف"), ("Amal Hassan", "نعم", "نعم")],
                         ids=["no header", "a list's header", "an answer twice"])
def test_a_sheet_of_no_known_column_names_none_of_its_cells(store: Store, tmp_path: Path,
                                                           first_row: tuple[object, ...]) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    data = _workbook(tmp_path / "list.xlsx", first_row, ("Ali Kareem", 40, "07707654321"))
    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, data, gen.form)
    error = refused.value
    assert error.reason == "not_an_export", str(error)
    assert str(error).startswith("None of the columns of list.xlsx is a question of the form")
    assert not any(str(cell) in str(error) for cell in first_row)
    assert "column" not in error.params
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 0


def test_an_export_of_another_version_still_names_the_column(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    (tmp_path / "later").mkdir()
    later = write_kobo_xlsx(tmp_path / "later", 5, extra_questions=3)
    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, later.data, gen.form)
    assert refused.value.reason == "unknown_columns" and refused.value.params["column"] == "extra/x000"
