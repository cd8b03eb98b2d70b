"""The survey import dialog given the wrong kind of file, as a coordinator in Arabic meets it: a bundle,
a PDF, an empty file or a folder where the survey export or its XLSForm is asked. Each is one translated
line, what was chosen stays in its box, nothing is imported, and the keyboard goes to the box of the file
at fault, so it can be corrected there: the boxes were greyed while the file was read, and the focus
went on to whatever came next (the question list, Cancel), or to nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.models import Survey
from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
from desktop.ui.context import AppContext
from desktop.ui.widgets.save_files import path_in
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.kobo_export import write_kobo_xlsx
from tests.ui_helpers import shown_active


def _wrong(tmp_path: Path, kind: str) -> Path:
    if kind == "folder":
        (tmp_path / "survey-folder").mkdir()
        return tmp_path / "survey-folder"
    path = tmp_path / {"bundle": "basra-3.majlis", "pdf": "survey.pdf", "empty": "export.xlsx"}[kind]
    path.write_bytes({"bundle": b"PK\x03\x04" + bytes(200), "pdf": b"%PDF-1.7\n" + bytes(200), "empty": b""}[kind])
    return path


def _dialog(ctx: AppContext, qtbot: QtBot) -> SurveyImportDialog:
    ctx.language.set_language("ar")
    return shown_active(qtbot, SurveyImportDialog(ctx))


def _surveys(ctx: AppContext) -> int:
    with ctx.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Survey)) or 0)


@pytest.mark.parametrize("kind", ["bundle", "pdf", "empty", "folder"])
def test_a_wrong_survey_file_puts_the_keyboard_on_its_box(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                          kind: str) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    dialog = _dialog(ctx, qtbot)
    wrong = _wrong(tmp_path, kind)
    dialog.set_files(wrong, gen.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=20_000)
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(dialog.error.text()) and dialog.token is None, timeout=20_000)
    assert "\n" not in dialog.error.text().strip() and "Traceback" not in dialog.error.text()
    assert QApplication.focusWidget() is dialog.data_path
    assert path_in(dialog.data_path) == str(wrong) and path_in(dialog.form_path) == str(gen.form)
    assert dialog.isVisible() and _surveys(ctx) == 0


@pytest.mark.parametrize("kind", ["bundle", "pdf", "empty", "folder"])
def test_a_wrong_form_puts_the_keyboard_on_its_box(ctx: AppContext, qtbot: QtBot, tmp_path: Path, kind: str) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    dialog = _dialog(ctx, qtbot)
    wrong = _wrong(tmp_path, kind)
    put = dialog.form_path
    assert isinstance(put, QLineEdit)
    dialog.data_path.setFocus()  # the export chosen, then a wrong form chosen with its Choose… button
    dialog.set_files(gen.data, None)
    dialog.form_button.setFocus()
    dialog.set_form(wrong)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    assert QApplication.focusWidget() is dialog.form_path
    assert path_in(dialog.form_path) == str(wrong)

    dialog.import_button.setFocus()  # Import with it: refused again, the keyboard on the form's box
    dialog.error.clear()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(dialog.error.text()) and dialog.token is None, timeout=20_000)
    assert QApplication.focusWidget() is dialog.form_path
    assert path_in(dialog.form_path) == str(wrong) and _surveys(ctx) == 0


def test_a_folder_given_as_the_form_is_called_a_folder(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """It was "The form survey-folder does not exist.", which sent the person looking for a file that is
    there (the survey export's box says "… is a folder, not a survey file."), as majlis-cli survey import says it."""
    gen = write_kobo_xlsx(tmp_path, 5)
    folder = _wrong(tmp_path, "folder")
    ctx.language.set_language("en")
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_files(gen.data, folder)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    assert dialog.error.text() == "survey-folder is a folder, not a form (XLSForm)."

    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "survey", "import", "--db", ctx.store.path, gen.data, "--form", folder)
    assert code != 0 and not out and err.count("\n") == 1, (code, out, err)
    assert "survey-folder is a folder, not a form" in err and "does not exist" not in err  # as it was
    assert _surveys(ctx) == 0


def test_no_question_chosen_puts_the_keyboard_on_the_questions(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    dialog = _dialog(ctx, qtbot)
    dialog.set_files(gen.data, gen.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=20_000)
    dialog.none_button.click()
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    assert dialog.error.text() and dialog.token is None
    assert QApplication.focusWidget() is dialog.questions
    assert _surveys(ctx) == 0
