"""The action items' first column is named as the minutes PDF and the workbook name it.

In Kurdish the editor called it «ڕووداو» (an event) and the PDF «ئەرک» (a task); in Arabic «الحدث»
against «الإجراء»: a note-taker checking the printed minutes against the screen looked for a column
that was not there. Both now say Action in every language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop.exports import pdf_words, xlsx_words
from desktop.ui.context import AppContext
from tests.ui_helpers import roundtable_editor


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_action_column_reads_as_in_the_pdf_and_workbook(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot)
    header = editor.actions_model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == QCoreApplication.translate("PdfReport", pdf_words.ACTION)
    assert header == QCoreApplication.translate("Workbook", xlsx_words.ACTION)
