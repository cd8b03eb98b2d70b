"""Every heading of the analysts' workbook is whole in its column, in Arabic and Kurdish as in English.

The columns had widths chosen for the English headings: "يلزم تجديد الموافقة" (Re-consent needed)
in a column 10 wide, "هاوبەشکردن لەگەڵ تیم" (Shared with the team) in 10, the matrices' session kinds
("مجموعة نقاش مركّزة") in 14, and the filter button of the header row takes two more: the headings
were cut off and read as half a word. A column is now at least as wide as its heading and the filter
button beside it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from desktop.core.db import Store
from desktop.exports.xlsx import export_xlsx
from tests.demo_stores import demo_store_fixture

FILTER_BUTTON = 2  # an autofilter's drop-down button, in Excel's column width units

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=3, seed=4)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_every_heading_fits_its_column(store: Store, tmp_path: Path, lang: str) -> None:
    out = export_xlsx(store, tmp_path / "all.xlsx", lang=lang).path
    book = openpyxl.load_workbook(out)
    cut = []
    for ws in book.worksheets:
        for cell in next(ws.iter_rows(min_row=1, max_row=1)):
            if not isinstance(cell.value, str):
                continue
            width = ws.column_dimensions[get_column_letter(cell.column)].width
            if width < len(cell.value) + FILTER_BUTTON:
                cut.append((ws.title, cell.value, width))
    assert not cut, cut
