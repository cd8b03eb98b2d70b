"""The evidence brief workbook's survey table in Arabic and Kurdish: its headings are in the language,
the number of respondents too (it was a Latin "n" beside Arabic and Kurdish headings)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core import recommendations, survey_stats
from desktop.core.db import Store
from desktop.exports.brief_xlsx import write_brief_xlsx
from desktop.i18n.catalogue import translate
from tests.demo_stores import demo_store_fixture

LATIN = re.compile("[A-Za-z]")

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=6, seed=3)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_survey_table_headings_are_in_the_language(store: Store, tmp_path: Path, lang: str) -> None:
    with store.session() as s:
        with_survey = [r.id for r in recommendations.live(s) if any(
            link.kind == "survey" for link in recommendations.links(s, r.id))]
        assert survey_stats.surveys(s)
    assert with_survey
    out = tmp_path / f"brief-{lang}.xlsx"
    write_brief_xlsx(store, out, rec_id=with_survey[0], lang=lang)
    ws = load_workbook(out).worksheets[0]
    title = translate(lang, "Brief", "Survey figures (% of respondents, ± margin of error)")
    (heading,) = [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True) if row[0] == title]
    assert len(heading) == 4
    assert [h for h in heading if LATIN.search(str(h))] == []
