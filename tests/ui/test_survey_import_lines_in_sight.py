"""Import a survey… at 20 points in Arabic on a 1366x768 laptop at 150 %: what Import brings is in sight.

The dialog opens 560 pixels tall and, at 20 points, the part above Import and Cancel scrolls: the file
fields and the question list filled it, and the refusal line and the progress bar, at its bottom, were
below its edge. Pressing Import on a file that was refused, or on a long export, seemed to do nothing
(only the buttons greyed). The line and the bar are now scrolled into view when they show.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
from desktop.ui.advocacy.survey_tab import SurveyTab
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import isolated_settings, settle  # noqa: F401
from tests.kobo_export import write_kobo_xlsx
from tests.ui_helpers import in_view, main_window_on_screen

LAPTOP = (910, 512)  # a 1366x768 laptop at 150 %: at 100 % the dialog, larger with the text, needs no scrolling


def import_dialog(manager: LanguageManager, store: Store, qtbot: QtBot,
                  monkeypatch: pytest.MonkeyPatch) -> SurveyImportDialog:
    """Recommendations → Survey results → Import a survey export…, in Arabic at 20 points on the laptop."""
    window = main_window_on_screen(manager, store, qtbot, "ar", 20.0, LAPTOP, monkeypatch)
    window.go_to("recommendations")
    page: Any = window.current_page()
    page.tabs.setCurrentIndex(3)  # Survey results
    settle()
    assert page.surveys.import_button.isVisible()
    qtbot.mouseClick(page.surveys.import_button, Qt.MouseButton.LeftButton)
    dialog = page.surveys.dialog
    assert isinstance(dialog, SurveyImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("refused", ["submission twice", "columns not in the form"])
def test_a_refusal_on_import_is_in_sight(manager: LanguageManager, store: Store, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path, refused: str) -> None:
    gen = write_kobo_xlsx(tmp_path, 30, duplicate_row=20)
    data = gen.data
    if refused == "columns not in the form":  # three lines at 20 points: its last ones stayed below the edge
        (tmp_path / "later").mkdir()
        data = write_kobo_xlsx(tmp_path / "later", 30, extra_questions=5).data
    dialog = import_dialog(manager, store, qtbot, monkeypatch)
    dialog.set_files(data, gen.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
    settle()
    assert not in_view(dialog.error)  # the list fills the dialog: the line's place is below its edge
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=30_000)
    settle()
    assert in_view(dialog.error), "the refusal is below the dialog's edge"


@pytest.mark.usefixtures("isolated_settings")
def test_the_progress_of_an_import_is_in_sight(manager: LanguageManager, store: Store, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 30)
    dialog = import_dialog(manager, store, qtbot, monkeypatch)
    dialog.set_files(gen.data, gen.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
    settle()
    # The database worker busy with earlier work (a sync, a save): the import waits its turn, its bar shown.
    gate = threading.Event()
    dialog.ctx.tasks.run(lambda _token, _progress: gate.wait(30), lambda _r: None, lambda _e: None)
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        settle()
        assert dialog.progress.isVisible() and in_view(dialog.progress), "the progress bar is below the dialog's edge"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.imported is not None and dialog.imported.responses == 30


@pytest.mark.usefixtures("isolated_settings")
def test_no_blank_line_where_no_label_is_missing(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The note on labels the form lacks took a line's height when empty, a blank line pushing the
    refusal further down; it shows only when it says something."""
    gen = write_kobo_xlsx(tmp_path, 30, drop_ckb_choice="no")  # one answer without its Kurdish label
    (tmp_path / "whole").mkdir()
    whole = write_kobo_xlsx(tmp_path / "whole", 30)
    dialog = import_dialog(manager, store, qtbot, monkeypatch)
    assert dialog.notes.isHidden()
    dialog.set_files(whole.data, whole.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
    settle()
    assert dialog.notes.text() == "" and dialog.notes.isHidden()
    dialog.set_files(gen.data, gen.form)
    qtbot.waitUntil(lambda: dialog.notes.text() != "", timeout=10_000)
    settle()
    assert dialog.notes.isVisible() and dialog.notes.height() >= dialog.notes.fontMetrics().height()


@pytest.mark.usefixtures("isolated_settings")
def test_the_line_saying_what_was_imported_is_in_sight(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Back on the Survey results tab, "Imported. Responses: 300; …" sat under the Link button, below the
    column's scrolled edge: the dialog closed and nothing said the import was done. Link's own lines too."""
    gen = write_kobo_xlsx(tmp_path, 30)
    dialog = import_dialog(manager, store, qtbot, monkeypatch)
    tab = dialog.parentWidget()
    assert isinstance(tab, SurveyTab)
    dialog.set_files(gen.data, gen.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: tab.question.count() > 0, timeout=10_000)
    settle()
    assert "30" in tab.message.text()
    assert in_view(tab.message), "the line is below the column's edge"
    # So is what Link says (here: nothing chosen to link), the column scrolled back to its top first.
    tab.column.verticalScrollBar().setValue(0)
    settle()
    assert not in_view(tab.message)
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    settle()
    assert tab.message.text() == "اختر توصية والإجابات التي تُعدّ تأييدًا."
    assert in_view(tab.message), "what Link says is below the column's edge"
