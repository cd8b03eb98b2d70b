"""Recommendations → a brief's workbook in Arabic and Kurdish: the age band "65+" reads "65+", not "+65".

The brief's sheet is right to left there and its "Participants by age band" table wrote "65+" with
nothing to steer it, so Excel showed "+65" (the PDF brief was put right before). The band's cell now
reads left to right (the cell's reading order), its text as written, on the sheet's side.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.exports.brief_xlsx import write_brief_xlsx
from desktop.i18n.digits import apply_digits
from tests.advocacy_fixture import World
from tests.bidi_order import shown_in_cell
from tests.exports.test_advocacy_brief import rec_id, store, world  # noqa: F401  (fixtures: the world is in that store)


@pytest.mark.parametrize(("lang", "digits"), [("ar", "latn"), ("ckb", "arab")])
def test_65_plus_reads_as_written_in_the_brief_workbook(store: Store, world: World, rec_id: str,  # noqa: F811
                                                        tmp_path: Path, lang: str, digits: str) -> None:
    with store.transaction() as s:
        person = s.get(Participant, world.people["P6"])
        assert person is not None
        person.age_band = "65+"
    out = tmp_path / f"brief-{lang}.xlsx"
    write_brief_xlsx(store, out, rec_id=rec_id, lang=lang, digits=digits)  # type: ignore[arg-type]
    ws = load_workbook(out).worksheets[0]
    assert ws.sheet_view.rightToLeft
    band = apply_digits("65+", digits)  # type: ignore[arg-type]
    cells = [c for row in ws.iter_rows() for c in row if c.value == band]
    assert cells, band
    assert [shown_in_cell(c, True) for c in cells] == [band] * len(cells)
