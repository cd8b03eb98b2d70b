"""Reports that have nothing to show say so, instead of a figure that misleads or an empty table.

With one coder in the database both agreement lists start on them, and "Compare coders" reported
100 % agreement, kappa 1.00: a coder against themselves, ready to be copied into a methods section.
"Count overlapping codes" with no overlaps gave a table with one heading and no word.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> ReportsPage:
    demo.generate(ctx.store, sessions=5, seed=1)  # one coder ("demo"), no two codes on the same words
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
