"""The evidence brief workbook's labels are whole: a label longer than column A wraps in its cell.

A survey's source ("المسح الوطني للناخبين 2022 / ڕاپرسیی نیشتمانیی دەنگدەران 2022", 61 characters),
the survey table's title ("Survey figures (% of respondents, ± margin of error)", its Arabic and
Kurdish too) and the survey questions sat in a column 34 wide with a value beside them: Excel cut
them where the next cell began, mid-word. Such a label now wraps (the row grows) instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core import recommendations
from desktop.core.db import Store
from desktop.exports.brief_xlsx import write_brief_xlsx
from tests.demo_stores import demo_store_fixture

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=6, seed=3)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_long_label_beside_a_value_wraps(store: Store, tmp_path: Path, lang: str) -> None:
    with store.session() as s:
        with_survey = [r.id for r in recommendations.live(s) if any(
            link.kind == "survey" for link in recommendations.links(s, r.id))]
    assert with_survey
    out = tmp_path / f"brief-{lang}.xlsx"
    write_brief_xlsx(store, out, rec_id=with_survey[0], lang=lang)
    ws = load_workbook(out).worksheets[0]
    width = ws.column_dimensions["A"].width
    beside = [row for row in ws.iter_rows(min_row=2) if isinstance(row[0].value, str) and len(row) > 1
              and row[1].value not in (None, "")]
    long = [row[0] for row in beside if len(row[0].value) > width]
    assert long  # the survey's source and the survey table's title at least
    assert [c.value for c in long if not c.alignment.wrap_text] == []
