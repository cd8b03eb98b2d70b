"""A refused survey file is let go of, and an empty one is called empty.

A CSV refused before its last row (columns not in the form, a submission twice) stayed open until the
garbage collector came by: on Windows a file held open cannot be replaced, so the coordinator could
not save the corrected CSV from Excel over it. A 0-byte export (a failed download) was refused as
having "no submission id column", which sent people looking for a column.
"""

from __future__ import annotations

import gc
import io
from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_import import import_survey
from desktop.i18n.catalogue import translate
from tests.kobo_export import write_odk_csv


def _open_files(path: Path) -> list[object]:
    return [o for o in gc.get_objects()
            if isinstance(o, io.IOBase) and getattr(o, "name", None) == str(path) and not o.closed]


def _refused_without_leaving_the_file_open(store: Store, data: Path, form: Path) -> SurveyImportError:
    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, data, form)
    # The refusal is still alive (a dialog shows it; its traceback holds the import's frames): the
    # file must be closed already, not when the garbage collector gets round to it.
    assert _open_files(data) == []
    return refused.value


def test_a_csv_with_columns_not_in_the_form_is_let_go_of(store: Store, tmp_path: Path) -> None:
    gen = write_odk_csv(tmp_path, 3)
    gen.data.write_text("KEY,colour\nuuid:1,red\n", encoding="utf-8")
    assert _refused_without_leaving_the_file_open(store, gen.data, gen.form).reason == "unknown_columns"


def test_a_csv_with_a_submission_twice_is_let_go_of(store: Store, tmp_path: Path) -> None:
    gen = write_odk_csv(tmp_path, 4)
    lines = gen.data.read_text(encoding="utf-8").splitlines()
    gen.data.write_text("\n".join([*lines, lines[1], *lines[2:]]) + "\n", encoding="utf-8")
    assert _refused_without_leaving_the_file_open(store, gen.data, gen.form).reason == "duplicate_submission"


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n", b"\xef\xbb\xbf"])
def test_an_empty_export_is_said_to_hold_no_responses(store: Store, tmp_path: Path, content: bytes) -> None:
    gen = write_odk_csv(tmp_path, 1)
    gen.data.write_bytes(content)
    error = _refused_without_leaving_the_file_open(store, gen.data, gen.form)
    assert error.reason == "no_rows"
    assert str(error) == f"{gen.data.name} holds no responses."


SIGN_IN_PAGE = (b"\n  <!DOCTYPE html>\n<html lang=\"en\"><head><title>KoboToolbox</title></head>\n<body>"
                + b"<form action=\"/accounts/login/\">" + b"x" * 4000 + b"</form></body></html>\n")


@pytest.mark.parametrize("name", ["voter_survey_export.xlsx", "voter_survey.csv"])
def test_a_sign_in_page_saved_as_the_export_is_named_as_a_web_page(store: Store, tmp_path: Path, name: str) -> None:
    """A download made while signed out gives the platform's sign-in page under the export's name: it
    was refused as 'The column <!DOCTYPE html>… (the whole page) is not in the form'."""
    gen = write_odk_csv(tmp_path, 1)
    data = tmp_path / name
    data.write_bytes(SIGN_IN_PAGE)
    error = _refused_without_leaving_the_file_open(store, data, gen.form)
    assert error.reason == "web_page" and "DOCTYPE" not in str(error) and len(str(error)) < 200
    assert translate("ckb", "Survey", error.template) != error.template


def test_a_long_first_line_is_named_short(store: Store, tmp_path: Path) -> None:
    """A first row with a column hundreds of characters long (a report's line pasted into an export's
    header) printed it whole as the 'column' the form does not know. (A report with no column of the form
    at all is no export of it: test_survey_not_an_export.py.)"""
    gen = write_odk_csv(tmp_path, 1)
    gen.data.write_text("KEY," + "This report " * 200 + "\nmore\n", encoding="utf-8")
    error = _refused_without_leaving_the_file_open(store, gen.data, gen.form)
    assert error.reason == "unknown_columns" and len(str(error)) < 300 and "…" in str(error)


def test_an_old_excel_workbook_is_named(store: Store, tmp_path: Path) -> None:
    """A legacy .xls export was read as text: 'The column ذد à،± ل … is not in the form'."""
    gen = write_odk_csv(tmp_path, 1)
    data = tmp_path / "voter_survey.xls"
    data.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + b"\x01\x02abc" * 300)
    error = _refused_without_leaving_the_file_open(store, data, gen.form)
    assert error.reason == "old_excel" and ".xlsx" in str(error)
    assert translate("ar", "Survey", error.template) != error.template


def test_the_form_given_as_the_survey_file_is_named(store: Store, tmp_path: Path) -> None:
    """The two files swapped (voter_survey.xlsx and voter_survey_export.xlsx side by side): refused as
    '7 columns of voter_survey.xlsx are not in the form (first: type)'."""
    gen = write_odk_csv(tmp_path, 1)
    error = _refused_without_leaving_the_file_open(store, gen.form, gen.form)
    assert error.reason == "form_as_data" and str(error).startswith(f"{gen.form.name} is the form")
    assert translate("ckb", "Survey", error.template) != error.template
