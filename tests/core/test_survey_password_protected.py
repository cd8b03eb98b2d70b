"""A survey export or an XLSForm protected by a password is said to be so, with what to do.

A coordinator who keeps respondents' data under a password (Excel's Encrypt with Password) and chose
that export was told "… is an old Excel workbook (.xls). Save it as .xlsx in Excel", about a file that
is an .xlsx; the form so protected was "cannot be read as an XLSForm workbook". Nothing is imported.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.models import Survey, SurveyQuestion, SurveyResponseBlock
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_import import import_survey, preview_form
from tests.kobo_export import write_kobo_xlsx
from tests.protected_workbook import write_password_protected


def _nothing_imported(store: Store) -> None:
    with store.session() as s:
        for table in (Survey, SurveyQuestion, SurveyResponseBlock):
            assert s.scalar(select(func.count()).select_from(table)) == 0


def test_a_protected_export_is_said_to_be_protected(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 20)
    protected = tmp_path / "voter_survey_protected.xlsx"
    write_password_protected(gen.data, protected)
    assert preview_form(gen.form, protected).questions  # the form alone is fine
    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, protected, gen.form)
    error = refused.value
    assert error.reason == "password_protected", str(error)
    assert str(error).startswith(f"{protected.name} is protected by a password")
    assert ".xls)" not in str(error) and "\n" not in str(error)
    _nothing_imported(store)


@pytest.mark.parametrize("step", ["preview", "import"])
def test_a_protected_form_is_said_to_be_protected(store: Store, tmp_path: Path, step: str) -> None:
    gen = write_kobo_xlsx(tmp_path, 20)
    protected = tmp_path / "voter_survey_form_protected.xlsx"
    write_password_protected(gen.form, protected)
    with pytest.raises(SurveyImportError) as refused:
        if step == "preview":
            preview_form(protected, gen.data)
        else:
            import_survey(store, gen.data, protected)
    error = refused.value
    assert error.reason == "password_protected_form", str(error)
    assert str(error).startswith(f"The form {protected.name} is protected by a password")
    _nothing_imported(store)


def test_an_old_excel_workbook_is_not_taken_for_a_protected_one(store: Store, tmp_path: Path) -> None:
    """A compound file without an encrypted package (a legacy .xls) is still called an old workbook."""
    gen = write_kobo_xlsx(tmp_path, 1)
    data = tmp_path / "voter_survey.xls"
    # The stream's name present, but not where a directory entry's name would begin.
    data.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(506) + "EncryptedPackage".encode("utf-16-le") * 40)
    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, data, gen.form)
    assert refused.value.reason == "old_excel"
