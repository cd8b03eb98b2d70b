"""An export holding no answer to any question to be imported is refused in one line, nothing written.

The import went on with no column to store and failed with an IndexError (in the app, an error report
instead of a line): an export of only the platform's columns, or, in Import a survey…, questions chosen
that this export has no column for (a newer version of the form than the one that collected the data).
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


def _refused(store: Store, data: Path, form: Path, questions: set[str] | None = None) -> SurveyImportError:
    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, data, form, questions=questions)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 0
    return refused.value


def test_an_export_of_platform_columns_only(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    wb = Workbook()
    wb.active.append(["_id", "_uuid", "_submission_time"])
    wb.active.append([1, "uuid-1", "2022-10-01T09:00:00"])
    data = tmp_path / "metadata_only.xlsx"
    wb.save(data)
    error = _refused(store, data, gen.form)
    assert error.reason == "no_answers", str(error)
    assert str(error).startswith("metadata_only.xlsx holds no answer to the questions chosen")


def test_questions_chosen_that_the_export_has_no_column_for(store: Store, tmp_path: Path) -> None:
    (tmp_path / "later").mkdir()
    later = write_kobo_xlsx(tmp_path / "later", 5, extra_questions=3)  # the form, a version on
    (tmp_path / "earlier").mkdir()
    earlier = write_kobo_xlsx(tmp_path / "earlier", 5)  # the export, from the version before
    error = _refused(store, earlier.data, later.form, {"extra/x000", "extra/x001"})
    assert error.reason == "no_answers", str(error)
