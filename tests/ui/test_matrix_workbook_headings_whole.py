"""The matrix workbook's headings are whole: each column is as wide as the value heading it.

The Reports → Matrix → "Matrix and chart to Excel…" workbook set a width for the codes' column only:
every value column kept Excel's default (8.43), and a session kind ("مجموعة نقاش مركّزة", "گرووپی
گفتوگۆی چڕ"), a governorate ("السليمانية") or "Total" in Kurdish was cut where the next heading
began. Each column is now at least as wide as its heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.matrix_helpers import matrix_demo_store, matrix_run, workbook_of

# The demo's eight sessions (seed 3): a copy of them generated once per process (tests/demo_stores.py).
store = matrix_demo_store(sessions=8, seed=3)


@pytest.mark.parametrize(("lang", "attribute"), [("ar", "session_kind"), ("ckb", "session_kind"),
                                                  ("ckb", "governorate"), ("en", "age_band")])
def test_every_heading_fits_its_column(ctx: AppContext, qtbot: QtBot, tmp_path: Path, lang: str,
                                       attribute: str) -> None:
    matrix = matrix_run(ctx, qtbot, lang, attribute, sessions=8, seed=3, demo_in_store=True)
    path = workbook_of(matrix, tmp_path / "matrix.xlsx")
    assert path is not None
    book = load_workbook(path)
    for ws in book.worksheets:
        heading_row = 2 if ws is book.worksheets[0] else 1  # the matrix has its title above
        headings = [c for c in next(ws.iter_rows(min_row=heading_row, max_row=heading_row)) if c.value]
        assert len(headings) > 2
        cut = [(c.value, width(ws, c.column)) for c in headings if width(ws, c.column) < len(str(c.value)) + 1]
        assert not cut, (ws.title, cut)


def width(ws: Worksheet, column: int) -> float:
    """The column's width as Excel shows it (openpyxl makes up 13 for a column the file gives none)."""
    letter = get_column_letter(column)
    return float(ws.column_dimensions[letter].width) if letter in ws.column_dimensions else EXCEL_DEFAULT


EXCEL_DEFAULT = 8.43
