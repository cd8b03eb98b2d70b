"""Reports → Matrix → "Matrix and chart to Excel…" by age band: "65+" reads "65+" on a right-to-left sheet.

The band's heading was written "65+" with nothing to steer it on a sheet laid out right to left, and
Excel showed "+65": a cell with no letter takes the sheet's direction, and the "+" after the digits
goes to the left. The left-to-right embedding the screen uses was taken off with the translations'
needless marks (test_matrix_workbook_no_bidi_marks.py). Such a cell now reads left to right (Excel's
reading order of the cell), its text as written and without a mark in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Participant
from desktop.i18n.invisible import BIDI_CONTROLS
from desktop.ui.context import AppContext
from tests.bidi_order import shown_in_cell
from tests.matrix_helpers import matrix_run, workbook_of


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_age_bands_read_as_written_in_the_matrix_workbook(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                         lang: str) -> None:
    matrix = matrix_run(ctx, qtbot, lang, "age_band", sessions=6, seed=3)
    with ctx.store.session() as s:  # the demo's few people hold no one over 65: two of them are
        people = s.execute(select(Participant).order_by(Participant.id).limit(2)).scalars().all()
        for person in people:
            person.age_band = "65+"
        s.commit()
    matrix.run()
    qtbot.waitUntil(lambda: any("+" in str(matrix.model.headerData(c, Qt.Orientation.Horizontal))
                                for c in range(matrix.model.columnCount())), timeout=10_000)
    out = workbook_of(matrix, tmp_path / "matrix.xlsx")
    assert out is not None
    book = load_workbook(out)
    bands = []
    for sheet in book.worksheets:
        assert sheet.sheet_view.rightToLeft
        for row in sheet.iter_rows():
            for cell in row:
                text = cell.value
                if isinstance(text, str) and text.rstrip().endswith("+"):
                    bands.append((sheet.title, cell.coordinate, text, shown_in_cell(cell, True)))
    assert len(bands) >= 2, bands  # the matrix's heading and the chart's counts' heading
    assert all(not any(ch in BIDI_CONTROLS for ch in text) for _s, _c, text, _shown in bands), bands
    assert all(shown == text for _s, _c, text, shown in bands), bands
    # The other headings (Arabic or Kurdish words) keep the sheet's right-to-left reading.
    sheet = book.worksheets[0]
    assert sheet["A2"].alignment.readingOrder in (0, 2, None)
