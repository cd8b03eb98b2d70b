"""The evidence brief workbook's lines in Arabic and Kurdish read in the sheet's direction. The title:
"التوصية 1: …" as the PDF says it, not "R1. …", whose Latin first letter made a spreadsheet read the
whole Arabic or Kurdish title left to right (it takes a cell's direction from its first strong letter).
A quote's source: its pseudonym first, at the right, not at the left end where it was read last."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.db import Store
from desktop.exports.brief_xlsx import write_brief_xlsx
from desktop.i18n.catalogue import translate
from tests.demo_stores import demo_store_fixture

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=6, seed=3)


def first_strong(text: str) -> str:
    return next(unicodedata.bidirectional(ch) for ch in text if unicodedata.bidirectional(ch) in ("L", "R", "AL"))


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_each_sheets_title_reads_in_the_sheets_direction(store: Store, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"brief-{lang}.xlsx"
    briefs = write_brief_xlsx(store, out, lang=lang)
    wb = load_workbook(out)
    assert len(wb.worksheets) == len(briefs) > 1
    for ws, brief in zip(wb.worksheets, briefs, strict=True):
        title = str(ws.cell(1, 1).value)
        assert title == f"{translate(lang, 'Brief', 'Recommendation')} {brief.number}: {brief.title}"
        assert (first_strong(title) in ("R", "AL")) is ws.sheet_view.rightToLeft is (lang != "en"), title


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_each_quotes_source_reads_in_the_sheets_direction(store: Store, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"brief-{lang}.xlsx"
    briefs = write_brief_xlsx(store, out, lang=lang)
    wb = load_workbook(out)
    checked = 0
    for ws, brief in zip(wb.worksheets, briefs, strict=True):
        quotes = {f"«{q.text}»" for q in brief.quotes}
        for source in (r[0] for r in ws.iter_rows(values_only=True) if len(r) > 1 and r[1] in quotes):
            checked += 1
            assert (first_strong(str(source)) in ("R", "AL")) is ws.sheet_view.rightToLeft is (lang != "en"), source
    assert checked
