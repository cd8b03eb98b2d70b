"""Reports → Matrix: the columns in the order their reader reads them.

They were sorted by the internal English keys (anbar, babil, baghdad, basra, diyala…): in Arabic
'الأنبار، بابل، بغداد، البصرة، ديالى…', in Kurdish 'ئەنبار، بابل، بەغدا، بەسرە…', an order that means
nothing to the reader. Governorates now go alphabetically by their names in the interface language
(Arabic passing over the article 'ال', as Arabic indexes do), the column without a value last, age
bands youngest first; the matrix's workbook has the screen's order."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import reference
from desktop.exports import xlsx_words
from desktop.exports.xlsx import export_xlsx
from desktop.ui.context import AppContext
from desktop.ui.reports.matrix_tab import MatrixTab
from tests.matrix_helpers import matrix_demo_store, matrix_run, workbook_of

#: Every governorate, alphabetically as its reader expects (Arabic without 'ال'; Kurdish in its alphabet:
#: پ after ب, ک after ق, ە after ه and before و).
ALPHABETICAL = {
    "ar": ["أربيل", "الأنبار", "بابل", "البصرة", "بغداد", "دهوك", "ديالى", "ذي قار", "السليمانية", "صلاح الدين",
           "القادسية", "كربلاء", "كركوك", "المثنى", "ميسان", "النجف", "نينوى", "واسط"],
    "ckb": ["ئەنبار", "بابل", "بەسرە", "بەغدا", "دهۆک", "دیالە", "زیقار", "سلێمانی", "سەلاحەدین", "قادسیە",
            "کەربەلا", "کەرکووک", "مەیسان", "موسەننا", "نەجەف", "نەینەوا", "هەولێر", "واست"],
}


# The demo's eight sessions (seed 7): a copy of them generated once per process (tests/demo_stores.py).
store = matrix_demo_store(sessions=8, seed=7)


def _matrix(ctx: AppContext, qtbot: QtBot, lang: str, attribute: str) -> MatrixTab:
    return matrix_run(ctx, qtbot, lang, attribute, sessions=8, seed=7, demo_in_store=True)


def _headers(matrix: MatrixTab) -> list[str]:
    model = matrix.model
    shown = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(1, model.columnCount() - 1)]
    return [h.strip("\u202a\u202b\u202c\u200e\u200f") for h in shown]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_governorates_alphabetically_on_screen_and_in_the_workbook(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                                   lang: str) -> None:
    matrix = _matrix(ctx, qtbot, lang, "governorate")
    assert matrix.matrix is not None
    headers = _headers(matrix)
    names = [h for h in headers if h in ALPHABETICAL[lang]]
    assert len(names) >= 3 and len(names) >= len(headers) - 1, headers  # the demo spans governorates
    assert names == [n for n in ALPHABETICAL[lang] if n in names]
    if len(headers) > len(names):  # the column without a value, last
        assert headers[-1] not in ALPHABETICAL[lang]
    out = workbook_of(matrix, tmp_path / "matrix.xlsx")
    assert out is not None
    sheet = load_workbook(out).worksheets[0]
    row = [c.value for c in sheet[2]][1:-1]
    assert row == headers
    chart = [name for name, _value in matrix.chart.bars]
    assert [c.strip("\u202a\u202b\u202c\u200e\u200f") for c in chart] == headers


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_age_bands_keep_their_order(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    matrix = _matrix(ctx, qtbot, lang, "age_band")
    assert matrix.matrix is not None
    given = [v for v in matrix.matrix.values if v]
    assert len(given) >= 3 and given == [b for b in reference.AGE_BANDS if b in given]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_excel_exports_sheet_by_governorate_in_the_same_order(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                                 lang: str) -> None:
    """File → Export to Excel's 'Codes by governorate' sheet sorted the keys too: its columns now go in
    the matrix's order, alphabetically."""
    matrix = _matrix(ctx, qtbot, lang, "governorate")
    headers = _headers(matrix)
    out = export_xlsx(ctx.store, tmp_path / "book.xlsx", lang=lang).path
    sheet = load_workbook(out)[xlsx_words.word(lang, xlsx_words.SHEET_BY_GOVERNORATE)]
    headings = [str(c.value) for c in next(sheet.iter_rows(max_row=1))][1:-1]
    names = [h for h in headings if h in ALPHABETICAL[lang]]
    assert len(names) >= 3 and names == [n for n in ALPHABETICAL[lang] if n in names], headings
    assert names == [h for h in headers if h in ALPHABETICAL[lang]]
