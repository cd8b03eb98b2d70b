"""Reports → Matrix → "Matrix and chart to Excel…": no invisible direction marks in the workbook's cells.

The sheet is already right to left in Arabic and Kurdish, yet its title ("المقاطع حسب المحافظة") began
with a right-to-left mark that came with the translation, and so did headings built from translated
texts: a coordinator who searched, sorted or compared the cell with another read a character they
cannot see (Excel's LEN counts it; '=A1="المقاطع حسب المحافظة"' is FALSE). The matrix's texts are
written without bidi controls where the sheet is right to left."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from desktop.exports.xlsx_sheet import unmarked_in_rtl
from desktop.i18n.invisible import BIDI_CONTROLS
from desktop.ui.context import AppContext
from tests.matrix_helpers import matrix_run, workbook_of


@pytest.mark.parametrize(("lang", "attribute"), [("ar", "governorate"), ("ckb", "age_band"), ("ar", "gender")])
def test_no_bidi_marks_in_the_matrix_workbook(ctx: AppContext, qtbot: QtBot, tmp_path: Path, lang: str,
                                             attribute: str) -> None:
    matrix = matrix_run(ctx, qtbot, lang, attribute, sessions=4, seed=3)
    out = workbook_of(matrix, tmp_path / "matrix.xlsx")
    assert out is not None
    book = load_workbook(out)
    texts = []
    for sheet in book.worksheets:
        assert sheet.sheet_view.rightToLeft
        texts += [(sheet.title, c.coordinate, c.value) for row in sheet.iter_rows() for c in row
                  if isinstance(c.value, str)]
    title = book.worksheets[0]["A1"].value
    assert isinstance(title, str) and title.strip()
    marked = [t for t in texts if any(ch in BIDI_CONTROLS for ch in t[2])]
    assert not marked, marked[:5]
    chart_texts = _chart_texts(book.worksheets[1]._charts[0])
    assert len(chart_texts) == 3, chart_texts  # its title and its axes' titles
    assert not [words for words in chart_texts if any(ch in BIDI_CONTROLS for ch in words)], chart_texts


def _chart_texts(chart: object) -> list[str]:
    found: list[str] = []
    for part in (getattr(chart, "title", None), getattr(chart.x_axis, "title", None),  # type: ignore[attr-defined]
                 getattr(chart.y_axis, "title", None)):  # type: ignore[attr-defined]
        rich = getattr(getattr(part, "tx", None), "rich", None)
        for paragraph in getattr(rich, "p", None) or []:
            found += [run.t for run in paragraph.r or []]
    return found


def test_a_mark_that_sets_the_reading_order_is_kept() -> None:
    assert unmarked_in_rtl("\u200fالمقاطع حسب المحافظة\u200f") == "المقاطع حسب المحافظة"
    # Before a Latin first letter the mark is what makes the cell read right to left: kept.
    assert unmarked_in_rtl("\u200fUNDP حسب المحافظة") == "\u200fUNDP حسب المحافظة"
    assert unmarked_in_rtl("بابل") == "بابل"
