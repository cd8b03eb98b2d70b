"""Importing a survey from a Kurdish folder on a stick whose files have Arabic names
("…/ڕاپۆرتی هەولێر/استبيان البصرة.xlsx"): the dialog's boxes show folder and file in their order (the two
right-to-left names and the separator between them were one right-to-left run: the file's name stood
where the folder's does), and the files are read from the paths as they are. Real dialog, real files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.page import RecommendationsPage
from tests.kobo_export import write_kobo_xlsx
from tests.ui_helpers import pieces_left_to_right

STICK, DATA, FORM = "ڕاپۆرتی هەولێر", "استبيان البصرة", "نموذج الاستبيان"


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_survey_files_in_a_kurdish_folder_read_in_order_and_import(ctx: Any, qtbot: QtBot, tmp_path: Path,
                                                                    lang: str) -> None:
    folder = tmp_path / STICK
    folder.mkdir()
    gen = write_kobo_xlsx(folder, 30)
    data, form = gen.data.rename(folder / f"{DATA}.xlsx"), gen.form.rename(folder / f"{FORM}.xlsx")
    ctx.language.set_language(lang)
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = page.surveys.open_import()
    dialog.set_files(data, form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
    for box, name in ((dialog.data_path, DATA), (dialog.form_path, FORM)):
        pieces = [STICK, name, ".xlsx"]
        assert pieces_left_to_right(box, box.text(), pieces) == pieces, box.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert dialog.imported is not None and dialog.imported.responses == 30
