"""The Reports matrix names its column of segments without a value (a facilitator's turns and the minutes
have no gender or age band) as the Excel workbook does.

On screen it was "(لا شيء)" ("nothing"), in the workbook's "Codes by gender" sheet "(غير مذكور)" ("not
given"): a coordinator putting the two side by side read two different columns. Both say "(not given)"
now, in Arabic and Kurdish."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import analysis, demo
from desktop.exports import xlsx_words
from desktop.exports.xlsx import export_xlsx
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_column_without_a_gender_is_named_as_in_the_workbook(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                                 lang: str) -> None:
    demo.generate(ctx.store, sessions=4, seed=3, advocacy=False)
    ctx.language.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    matrix = page.matrix
    matrix.attribute.setCurrentIndex(matrix.attribute.findData("gender"))
    matrix.run()
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0, timeout=10_000)
    assert matrix.matrix is not None and analysis.UNKNOWN in matrix.matrix.values
    column = 1 + matrix.matrix.values.index(analysis.UNKNOWN)
    on_screen = matrix.model.headerData(column, Qt.Orientation.Horizontal)
    out = export_xlsx(ctx.store, tmp_path / "book.xlsx", lang=lang).path
    sheet = load_workbook(out)[xlsx_words.word(lang, xlsx_words.SHEET_BY_GENDER)]
    headings = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert xlsx_words.word(lang, xlsx_words.NOT_GIVEN) in headings and xlsx_words.word(lang, xlsx_words.NOT_GIVEN) != "(not given)"
    assert on_screen == xlsx_words.word(lang, xlsx_words.NOT_GIVEN)
