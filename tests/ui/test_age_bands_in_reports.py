"""Age bands in the Reports page follow the digit setting and keep "65+" as written.

The matrix by age band, its chart and the retrieval tab's age filter showed the stored keys: Latin
digits ("25-34") beside Arabic-Indic ones everywhere else once the digit setting said so, and in a
right-to-left header "65+" became "+65".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from tests.matrix_helpers import workbook_of

LRE, PDF = "\u202a", "\u202c"


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> ReportsPage:
    demo.generate(ctx.store, sessions=5, seed=1)
    ctx.language.set_language("ar")
    ctx.language.set_digits("arab")
    p = ReportsPage(ctx)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.loads == 1)
    return p


def test_the_matrix_by_age_band_in_arabic_indic_digits(page: ReportsPage, qtbot: QtBot, tmp_path: Path) -> None:
    m = page.matrix
    m.attribute.setCurrentIndex(m.attribute.findData("age_band"))
    m.run()
    qtbot.waitUntil(lambda: m.matrix is not None)
    assert m.matrix is not None and "65+" in m.matrix.values and "25-34" in m.matrix.values
    headers = [m.model.headerData(i, Qt.Orientation.Horizontal) for i in range(m.model.columnCount())]
    assert f"{LRE}٦٥+{PDF}" in headers and "٢٥-٣٤" in headers
    assert not any(ch.isascii() and ch.isdigit() for h in headers for ch in h)
    assert {label for label, _value in m.chart.bars} >= {f"{LRE}٦٥+{PDF}", "٢٥-٣٤"}
    # The workbook's headings are the screen's, without the invisible direction marks.
    sheet = load_workbook(workbook_of(m, tmp_path / "ages.xlsx")).worksheets[0]
    row = [c.value for c in sheet[2]]
    assert "٦٥+" in row and "٢٥-٣٤" in row and not any(LRE in str(v) or PDF in str(v) for v in row)


def test_the_retrieval_age_filter_in_arabic_indic_digits(page: ReportsPage) -> None:
    ages = page.retrieval.age
    items = {ages.itemData(i): ages.itemText(i) for i in range(ages.count())}
    assert items["25-34"] == "٢٥-٣٤" and items["65+"] == f"{LRE}٦٥+{PDF}"
