"""Import a survey…: the second file's chooser opens where the first one is.

KoboToolbox and ODK Central download the export and its XLSForm side by side (Downloads, a USB stick);
each "Choose…" opened in the app's own working folder, and the coordinator went looking again for the
folder just left. The chooser for one file now opens in the folder of the other, or of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from tests.kobo_export import write_kobo_xlsx


def test_each_chooser_opens_beside_the_other_file(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "USB stick"
    usb.mkdir()
    gen = write_kobo_xlsx(usb, 10)
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(3)  # Survey results
    dialog = page.surveys.open_import()
    opened_in: list[str] = []
    answers = [gen.data, gen.form]

    def chooser(_parent: Any, _caption: str, folder: str, _filter: str) -> tuple[str, str]:
        opened_in.append(folder)
        return str(answers.pop(0)), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    qtbot.mouseClick(dialog.data_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.form_button, Qt.MouseButton.LeftButton)
    assert dialog.data_path.text() == str(gen.data) and dialog.form_path.text() == str(gen.form)
    assert opened_in[1] == str(usb)  # the form's chooser, where the export is
    answers.append(gen.data)
    qtbot.mouseClick(dialog.data_button, Qt.MouseButton.LeftButton)
    assert opened_in[2] == str(usb)
