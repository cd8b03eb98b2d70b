"""Reports → Co-occurrence said nothing until it was run: a "Count overlapping codes" button over an
empty white table, in every language, nothing saying what the table would hold (Retrieval, Matrix and
Agreement each say it). The empty table now says what counting shows, and the words go once it has
counted: the table's rows, or the status line's "No two codes overlap…", take their place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding
from desktop.core.db import Store
from desktop.core.models import CodedSegment
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy
from tests.i18n.test_i18n_screens import settle
from tests.stores import fresh_store
from tests.ui.test_empty_lists_say_why import said

WORDS = ("Count overlapping codes to see how often two codes were given to the same words: each cell is "
         "the number of times the code of its row and the code of its column overlap.")


EMPTY = {"test_nothing_overlapping_is_said_once"}  # the tests whose store has nothing coded


@pytest.fixture
def store(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Store]:
    """The conftest's store, with the demo's six sessions (seed 2) in it but for the tests in EMPTY: a
    copy of the demo generated once per process (tests/demo_stores.py), not generated per test."""
    if request.node.originalname in EMPTY:
        s = fresh_store(db_path, PASSPHRASE, "test laptop")
    else:
        s = demo_copy(db_path, PASSPHRASE, "test laptop", sessions=6, seed=2)
    yield s
    s.close()


def reports(ctx: AppContext, qtbot: QtBot) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    page.tabs.setCurrentWidget(page.cooccurrence)
    settle()
    return page


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_empty_table_says_what_counting_shows(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:  # the demo (the store fixture); two codes on the same words, three times
        other = next(c for c in codebook.live_codes(s) if c.name_en == "Integrity")
        for seg in s.query(CodedSegment).filter(CodedSegment.code_id != other.id).limit(3).all():
            coding.apply_code(s, other.id, seg.doc_table, seg.doc_id, seg.doc_field, seg.start, seg.end, "demo")
    ctx.language.set_language(lang)
    c = reports(ctx, qtbot).cooccurrence
    assert said(c.table) == QCoreApplication.translate("CooccurrenceTab", WORDS)
    c.run_btn.click()
    qtbot.waitUntil(lambda: c.model.rowCount() > 0)
    settle()
    assert said(c.table) == ""


def test_nothing_overlapping_is_said_once(ctx: AppContext, qtbot: QtBot) -> None:
    c = reports(ctx, qtbot).cooccurrence
    assert said(c.table) == WORDS
    c.run_btn.click()
    qtbot.waitUntil(lambda: c.status.text() not in ("", "Working…"))
    settle()
    assert c.status.text() == "No two codes overlap in any coded text."
    assert said(c.table) == ""


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_matrix_drill_down_says_how_to_fill_it(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    """Reports → Matrix: under the matrix, beside its chart, the list of a cell's segments was headings
    over an empty white box until a cell was clicked, nothing saying that a click fills it."""
    ctx.language.set_language(lang)  # the demo's six sessions are in the store (the fixture above)
    page = reports(ctx, qtbot)
    page.tabs.setCurrentWidget(page.matrix)
    m = page.matrix
    m.attribute.setCurrentIndex(m.attribute.findData("governorate"))
    m.run()
    qtbot.waitUntil(lambda: m.model.rowCount() > 0, timeout=10_000)
    settle()
    words = QCoreApplication.translate("MatrixTab", "Click a cell of the matrix to list its coded segments here.")
    assert said(m.drill) == words
    bar = m.drill.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # its headings scrolled sideways: the words stay in the middle
    settle()
    assert said(m.drill) == words
    column = next(c for c in range(1, m.model.columnCount() - 1) if m.model.data(m.model.index(0, c)) not in ("0", "٠"))
    m.table.clicked.emit(m.model.index(0, column))
    qtbot.waitUntil(lambda: m.drill_model.rowCount() > 0, timeout=10_000)
    settle()
    assert said(m.drill) == ""
