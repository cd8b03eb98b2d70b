"""Boxes that hold a path or a file's name read left to right in Arabic and Kurdish.

Import a survey…'s two path boxes laid a path out right to left: "/media/usb/…/export.xlsx" showed its
leading "/" at the far end and "C:\\Users\\…" its drive after the folders, the parts moved about. The
team file's box (first start, Join a team…) did the same with a name like "team (1).majlis-team". Each
box is now left to right (as ``shown_path`` keeps a path inside a sentence), the path's start at the left.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.join_dialog import JoinTeamDialog
from desktop.ui.widgets import screen_fit
from tests.shots import look_folder

EXPORT = "/media/usb/استبيان البصرة/export-2026.xlsx"
FORM = "C:\\Users\\فاطمة\\Downloads\\form (1).xlsx"


def _reads_left_to_right(edit: QLineEdit) -> bool:
    """The box is left to right and the text's first character stands at its left edge."""
    edit.setCursorPosition(0)
    return (edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
            and edit.cursorRect().center().x() < edit.width() // 4)


def _survey_import_with_paths(lang: str, size: float, ctx: AppContext, manager: LanguageManager, qtbot: QtBot,
                              monkeypatch: pytest.MonkeyPatch) -> SurveyImportDialog:
    """The survey import dialog on a laptop at 150 % ((910, 512)), in ``lang`` at ``size`` points, with a
    USB stick's export and form paths in its boxes."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(size)
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.data_path.setText(EXPORT)
    dialog.form_path.setText(FORM)
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize(("lang", "size"), [("ar", 20.0), ("ckb", 20.0), ("ar", 24.0), ("ckb", 24.0)])
def test_the_survey_import_s_path_boxes_read_left_to_right(lang: str, size: float, ctx: AppContext,
                                                           manager: LanguageManager, qtbot: QtBot,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _survey_import_with_paths(lang, size, ctx, manager, qtbot, monkeypatch)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the dialog itself stays right to left
    for edit in (dialog.data_path, dialog.form_path):
        assert _reads_left_to_right(edit), edit.accessibleName()
    dialog.grab().save(str(look_folder() / f"survey_import_paths_{lang}_{int(size)}.png"))  # look at them
    manager.set_language("en")  # a language changed while it is open: still left to right on coming back
    manager.set_language(lang)
    QApplication.processEvents()
    assert all(_reads_left_to_right(edit) for edit in (dialog.data_path, dialog.form_path))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_team_file_s_box_reads_left_to_right(lang: str, ctx: AppContext, manager: LanguageManager,
                                                 qtbot: QtBot, tmp_path: Path) -> None:
    manager.set_language(lang)
    join = JoinTeamDialog(ctx)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    for window in (join, wizard):
        qtbot.addWidget(window)
        window.show()
    QApplication.processEvents()
    for edit in (join.file_edit, wizard.start_page.team_file):
        edit.setText("(1) team.majlis-team")
        assert _reads_left_to_right(edit)


@pytest.mark.parametrize(("lang", "size"), [("ar", 20.0), ("ckb", 20.0), ("ar", 24.0), ("ckb", 24.0), ("en", 24.0)])
def test_a_path_shows_whole_in_its_box_at_a_larger_text_size(lang: str, size: float, ctx: AppContext,
                                                             manager: LanguageManager, qtbot: QtBot,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """At 20 points on a 1366x768 laptop at 150 % the dialog opened 640 wide (at the usual text's size)
    and the labels beside the boxes left them 285 pixels in Kurdish: a third of a USB stick's path in
    sight. In Kurdish at 24 points the dialog could be no narrower than 931 pixels on a 910 screen. It
    now opens larger with a larger text, and the boxes stand under their labels where these are wide."""
    dialog = _survey_import_with_paths(lang, size, ctx, manager, qtbot, monkeypatch)
    assert dialog.width() <= 910, dialog.width()
    for edit in (dialog.data_path, dialog.form_path):
        room = edit.contentsRect().width() - 8  # the box's own margins around its text
        assert edit.fontMetrics().horizontalAdvance(edit.text()) <= room, (edit.text(), room)
    dialog.grab().save(str(look_folder() / f"survey_import_whole_{lang}_{int(size)}.png"))  # look at them


@pytest.mark.parametrize("marks", [("\u2066", "\u2069"), ("\u200f\u2066", "\u2069\u200f"), ("\u061c", "")])
def test_a_path_pasted_with_its_marks_is_the_path(marks: tuple[str, str], ctx: AppContext, manager: LanguageManager,
                                                  qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    """A path copied with a sentence's isolates (selected whole from a line, "Saved ⁦…⁩") or a right-to-left
    mark, pasted into the survey export's box: path_in stripped only U+200E, so the path was not found and
    the form's chooser opened in the app's working folder instead of beside the export."""
    dialog = _survey_import_with_paths("ar", 20.0, ctx, manager, qtbot, monkeypatch)
    folder = tmp_path / "stick"
    folder.mkdir()
    export = folder / "export.xlsx"
    dialog.data_path.clear()
    dialog.form_path.clear()
    QApplication.clipboard().setText(f"{marks[0]}{export}{marks[1]}")
    dialog.data_path.setFocus()
    qtbot.keyClick(dialog.data_path, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.data_path.text().startswith(marks[0])  # pasted as copied
    opened: list[str] = []

    def chooser(_parent: object, _title: str, where: str, _filter: str) -> tuple[str, str]:
        opened.append(where)
        return "", ""

    monkeypatch.setattr("desktop.ui.advocacy.survey_import_dialog.QFileDialog.getOpenFileName", chooser)
    dialog.choose_form()
    assert opened == [str(folder)]
