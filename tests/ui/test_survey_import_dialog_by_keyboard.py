"""The survey import dialog by keyboard: Tab goes row by row as the rows stand (the export's path and
its "Choose…", then the form's path and its "Choose…", then the questions), not from one path to the
other and back up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
from desktop.ui.context import AppContext
from tests.kobo_export import write_kobo_xlsx
from tests.ui_helpers import focused


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tab_goes_row_by_row(ctx: AppContext, qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    ctx.language.set_language(lang)
    try:
        gen = write_kobo_xlsx(tmp_path, 20)
        dialog = SurveyImportDialog(ctx)
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        dialog.activateWindow()
        dialog.set_files(gen.data, gen.form)
        qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=20_000)
        dialog.data_path.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.data_path)
        reached: list[QWidget] = [dialog.data_path]
        for _ in range(4):
            QTest.keyClick(focused(), Qt.Key.Key_Tab)
            reached.append(focused())
        assert set(reached) == {dialog.data_path, dialog.data_button, dialog.form_path, dialog.form_button,
                                dialog.questions}
        tops = [w.mapTo(dialog, QPoint(0, 0)).y() for w in reached]
        assert tops == sorted(tops), [(type(w).__name__, y) for w, y in zip(reached, tops, strict=True)]
        dialog.reject()
    finally:
        ctx.language.set_language("en")
