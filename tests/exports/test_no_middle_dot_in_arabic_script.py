"""A session PDF in Arabic or Kurdish parts its masthead's items with the Arabic comma.

The masthead of every session and consent PDF ("title · kind · governorate", then "… · date")
joined its items with a middle dot, which Noto Naskh Arabic draws as the Arabic-Indic zero ٠: with
Arabic-Indic digits an Arabic minutes PDF read "المثنى ٠ ١٨ أيلول ٢٠٢٢". The evidence briefs' quote
sources ("speaker · session · governorate · date", PDF and workbook) did the same. All go through
desktop.i18n.languages.item_separator now: the Arabic comma in ar and ckb, the middle dot in English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.exports.brief_xlsx import write_brief_xlsx
from desktop.exports.pdf_sessions import write_session_pdf
from tests.exports.test_advocacy_brief import _cells
from tests.exports.test_advocacy_brief import rec_id as rec_id  # the fixtures of the brief tests
from tests.exports.test_advocacy_brief import store as store  # the store their world is in
from tests.exports.test_advocacy_brief import world as world
from tests.pdf_helpers import pdf_text


def _session(store: Store) -> str:
    with store.transaction() as s:
        session = Session(kind="roundtable", title="طاولة مستديرة حول القانون", date=dt.date(2022, 9, 18),
                          governorate="muthanna", language="ar")
        s.add(session)
        s.flush()
        return session.id


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_masthead_has_no_middle_dot_in_arabic_script(store: Store, tmp_path: Path, lang: str) -> None:
    pdf = write_session_pdf(store, _session(store), tmp_path / f"minutes-{lang}.pdf", lang=lang, digits="arab")
    masthead = pdf_text(pdf).splitlines()[:3]
    line = next(x for x in masthead if "القانون" in x)
    if lang == "en":
        assert "\u00b7" in line, masthead
    else:
        assert "\u00b7" not in line and line.count("\u060c") >= 2, masthead


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_briefs_quote_sources_have_no_middle_dot(store: Store, rec_id: str, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "brief.xlsx"
    (brief,) = write_brief_xlsx(store, out, rec_id=rec_id, lang=lang, digits="arab")
    rows = _cells(out)["R1"]
    sources = [str(row[0]) for row in rows if len(row) > 1 and isinstance(row[1], str) and row[1].startswith("«")]
    assert len(sources) == len(brief.quotes) > 0
    assert all("\u00b7" not in source and "\u060c " in source for source in sources), sources
