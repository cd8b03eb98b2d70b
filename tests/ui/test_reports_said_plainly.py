"""Reports that have nothing to show say so, instead of a figure that misleads or an empty table.

With one coder in the database both agreement lists start on them, and "Compare coders" reported
100 % agreement, kappa 1.00: a coder against themselves, ready to be copied into a methods section.
"Count overlapping codes" with no overlaps gave a table with one heading and no word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy
from tests.i18n.test_i18n_screens import settle
from tests.i18n_allowlist import english_words


@pytest.fixture
def store(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Store]:
    """The conftest's store with the demo in it, as a copy of one generated once per process
    (tests/demo_stores.py) rather than generated per test: for a ``page``, five sessions (one coder,
    "demo", no two codes on the same words); for the other test, six sessions of seed 2."""
    sessions, seed = (5, 1) if "page" in request.fixturenames else (6, 2)
    s = demo_copy(db_path, PASSPHRASE, "test laptop", sessions=sessions, seed=seed)
    yield s
    s.close()


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> ReportsPage:
    p = ReportsPage(ctx)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.loads == 1)
    return p


def test_a_coder_is_not_compared_with_themselves(page: ReportsPage, qtbot: QtBot) -> None:
    a = page.agreement
    assert a.coder_a.currentText() == a.coder_b.currentText() == "demo"
    a.run_btn.click()
    qtbot.wait(200)
    assert page.ctx.tasks.drain(10_000)
    assert a.report is None and a.per_code.rowCount() == 0
    assert a.summary.text() == "Choose two different coders: a coder compared with themselves always agrees."


def test_no_overlapping_codes_is_said(page: ReportsPage, qtbot: QtBot) -> None:
    c = page.cooccurrence
    c.run_btn.click()
    qtbot.waitUntil(lambda: c.status.text() not in ("", "Working…"))
    assert c.model.rowCount() == 0
    assert c.status.text() == "No two codes overlap in any coded text."


def test_counted_codes_are_named_in_the_language_switched_to(ctx: AppContext, qtbot: QtBot) -> None:
    """The co-occurrence table kept the code names of the language it was counted in."""
    from PySide6.QtCore import Qt

    from desktop.core import codebook, coding
    from desktop.core.models import CodedSegment

    # The demo's six sessions are in the store (the fixture above); two codes on the same words, three times:
    with ctx.store.transaction() as s:
        other = next(c for c in codebook.live_codes(s) if c.name_en == "Integrity")
        for seg in s.query(CodedSegment).filter(CodedSegment.code_id != other.id).limit(3).all():
            coding.apply_code(s, other.id, seg.doc_table, seg.doc_id, seg.doc_field, seg.start, seg.end, "demo")
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    c = page.cooccurrence
    c.run_btn.click()
    qtbot.waitUntil(lambda: c.model.columnCount() > 1)
    english = [c.model.headerData(i, Qt.Orientation.Horizontal) for i in range(1, c.model.columnCount())]
    ctx.language.set_language("ar")
    qtbot.waitUntil(lambda: c.model.headerData(1, Qt.Orientation.Horizontal) != english[0])
    arabic = [c.model.headerData(i, Qt.Orientation.Horizontal) for i in range(1, c.model.columnCount())]
    assert [row.name("ar") for row in c.model.rows] == [c.model.data(c.model.index(i, 0)) for i in range(len(c.model.rows))]
    assert all(name and not name.isascii() for name in arabic), arabic


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_agreement_figure_writes_its_percent_sign_in_the_chosen_digits(
        page: ReportsPage, ctx: AppContext, lang: str) -> None:
    """The summary wrote "agreement ٧٥٫٠ %": a Latin percent sign, after a space, beside Arabic-Indic
    digits (the sign sat in the sentence whatever the digit setting). It is now the number's own
    sign: "٧٥٫٠٪" in Arabic-Indic digits, "75.0%" in Latin ones."""
    from desktop.core.agreement import Report

    ctx.language.set_language(lang)
    a = page.agreement
    a.report = Report("F1", "F2", [], characters=400, percent=75.0, kappa=0.5)
    ctx.language.set_digits("arab")
    a._summarise()
    assert "٧٥٫٠٪" in a.summary.text() and "%" not in a.summary.text(), a.summary.text()
    ctx.language.set_digits("latn")
    a._summarise()
    assert "75.0%" in a.summary.text() and "٪" not in a.summary.text(), a.summary.text()


def test_the_agreement_tables_headings_are_not_cut_off(page: ReportsPage, ctx: AppContext) -> None:
    """At the default column width the headings were cut off: "Only second coder" in English, "تەنیا
    کۆدکەری یەکەم/دووەم" and the disagreements' "تەنیا کۆدکراوە لەلایەن" in Kurdish (that column was
    never measured). Each column (a stretched last one aside) is now at least as wide as its heading,
    after a switch of language too."""
    a = page.agreement
    for lang in ("en", "ckb", "ar"):
        ctx.language.set_language(lang)
        settle()  # the switch's LanguageChange and font change are posted
        for table in (a.code_table, a.diff_table):
            header = table.horizontalHeader()
            for i in range(header.count() - (1 if header.stretchLastSection() else 0)):
                assert header.sectionSize(i) >= header.sectionSizeHint(i), (
                    lang, table.model().headerData(i, Qt.Orientation.Horizontal), header.sectionSize(i),
                    header.sectionSizeHint(i))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_per_code_agreement_cells_carry_their_own_percent_sign(page: ReportsPage, ctx: AppContext,
                                                                  lang: str) -> None:
    """The per-code column was headed "Agreement %" (a Latin % in the heading) over bare numbers, so
    with Arabic-Indic digits "٧٥٫٠" stood under "%". Each cell now has its own sign, in the digits."""
    from desktop.core.agreement import CodeAgreement, Report

    ctx.language.set_language(lang)
    a = page.agreement
    ctx.language.set_digits("arab")
    try:
        a._show((Report("F1", "F2", [], 400, 75.0, 0.5, per_code=[CodeAgreement("c", 300, 50, 50, 75.0, 0.5)]), {}, {}))
        column = 4
        heading = a.per_code.headerData(column, Qt.Orientation.Horizontal)
        assert "%" not in heading and "٪" not in heading, heading
        assert a.per_code.data(a.per_code.index(0, column)) == "٧٥٫٠٪"
    finally:
        ctx.language.set_digits("latn")


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_the_agreement_tables_headings_reach_the_tables_edge(
        page: ReportsPage, ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    """The per-code table's headings (every column as wide as its contents) ended short of the
    table's edge, an empty band on one side; its last column now takes what is left, in RTL too."""
    from desktop.core.agreement import CodeAgreement, Report

    ctx.language.set_language(lang)
    page.resize(1400, 700)
    page.show()
    page.tabs.setCurrentWidget(page.agreement)
    a = page.agreement
    a._show((Report("F1", "F2", [], 400, 75.0, 0.5, per_code=[CodeAgreement("c", 300, 50, 50, 75.0, 0.5)]), {}, {}))
    settle()
    for table in (a.code_table, a.diff_table):
        qtbot.waitUntil(table.isVisible, timeout=5000)
        header = table.horizontalHeader()
        assert header.length() == table.viewport().width(), (lang, header.length(), table.viewport().width())


def test_the_segments_table_says_what_it_is_for_until_the_first_search(page: ReportsPage, qtbot: QtBot) -> None:
    r = page.retrieval
    assert r.model.rowCount() == 0
    assert r.status.text().startswith("Choose a code") and "Show segments" in r.status.text()
    page.ctx.language.set_language("ar")
    settle()
    assert r.status.text() and english_words(r.status.text()) == []
    page.ctx.language.set_language("en")
    settle()
    r.run_btn.click()
    qtbot.waitUntil(lambda: r.status.text() not in ("", "Working…") and not r.status.text().startswith("Choose"))
    assert r.status.text().endswith("segments") and r.model.rowCount() > 0
