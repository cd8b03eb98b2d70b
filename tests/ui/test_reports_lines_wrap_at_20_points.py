"""The Reports tabs' lines at 20 points on a laptop at 150 % go on to more lines rather than widening the page.

The Matrix, Search and Co-occurrence tabs said why in a one-line label: "The workbook could not be saved.
This folder cannot be written to (…). Choose another place." made the Matrix tab 1,374 pixels wide
(1,651 in Kurdish) on a 910-pixel screen, and the page scrolled sideways with the line's start out of
sight; so did Search's "Search needs letters or digits: …" and Co-occurrence's "No two codes overlap in
any coded text.". Each is now a word-wrapped line that asks for the height of its lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.page_stack import PAGE_FRAME
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from tests.i18n.test_i18n_screens import settle
from tests.matrix_helpers import matrix_at_20_points, workbook_of
from tests.readonly_folder import read_only


def _said_within(page: ReportsPage, tab: QWidget, status: QLabel) -> None:
    settle()
    assert status.text() and status.isVisible()
    frames = [f for f in page.window().findChildren(QScrollArea, PAGE_FRAME) if f.isAncestorOf(page)]
    assert len(frames) == 1 and frames[0].horizontalScrollBar().maximum() == 0, "the page scrolls sideways"
    assert status.width() <= tab.width() and status.height() >= status.heightForWidth(status.width()) > 0


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_reports_lines_wrap_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str) -> None:
    page, matrix = matrix_at_20_points(manager, store, qtbot, monkeypatch, lang, sessions=3, seed=4)
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick):
        assert workbook_of(matrix, stick / "matrix.xlsx") is None
    _said_within(page, matrix, matrix.status)

    page.tabs.setCurrentWidget(page.search)
    page.search.query.setText("\u064b\u064c\u0640")  # harakat and a tatweel: no letter to find
    page.search.run()
    _said_within(page, page.search, page.search.status)

    page.tabs.setCurrentWidget(page.cooccurrence)
    cooccurrence = page.cooccurrence
    cooccurrence.run()
    qtbot.waitUntil(lambda: cooccurrence.counted, timeout=20_000)
    _said_within(page, cooccurrence, cooccurrence.status)
