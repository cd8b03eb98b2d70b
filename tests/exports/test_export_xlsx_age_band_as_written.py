"""File → Export to Excel in Arabic and Kurdish: an age band "65+" reads "65+", not "+65".

Every sheet of the workbook is right to left in those languages, and a cell of digits and signs with
no letter takes the sheet's direction: Excel showed the "Codes by age band" sheet's heading and the
Participants sheet's Age band "65+" as "+65". Such cells now read left to right (the cell's reading
order), their text as stored, with no mark added.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.exports import xlsx_words as W
from desktop.exports.xlsx import export_xlsx
from tests.bidi_order import shown_in_cell
from tests.demo_stores import demo_store_fixture

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=3, seed=1, advocacy=False)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_65_plus_reads_as_written_on_right_to_left_sheets(store: Store, tmp_path: Path, lang: str) -> None:
    with store.session() as s:
        for person in s.execute(select(Participant).order_by(Participant.id)).scalars().all()[::2]:
            person.age_band = "65+"
        s.commit()
    out = tmp_path / "export.xlsx"
    export_xlsx(store, out, lang=lang)
    book = openpyxl.load_workbook(out)
    found: dict[str, list[tuple[str, str, str]]] = {}
    for ws in book.worksheets:
        assert ws.sheet_view.rightToLeft
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == "65+":
                    found.setdefault(ws.title, []).append((cell.coordinate, cell.value, shown_in_cell(cell, True)))
    by_age = W.sheet_name(lang, W.SHEET_BY_AGE)
    participants = W.sheet_name(lang, W.SHEET_PARTICIPANTS)
    assert by_age in found and participants in found, sorted(found)
    wrong = [(title, c) for title, cells in found.items() for c in cells if c[2] != c[1]]
    assert not wrong, wrong
    heading = next(cell for cell in book[by_age][1] if cell.value == "65+")
    assert heading.font.b  # still a heading
    # Words keep the sheet's reading (the band's cell holds "65+" exactly: no mark was put in it).
    assert book[by_age]["A1"].alignment.readingOrder in (0, 2, None)
