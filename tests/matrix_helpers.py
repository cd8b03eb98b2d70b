"""Reports → Matrix run on demo data, as the matrix tests set it up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.matrix_tab import MatrixTab
from desktop.ui.reports.page import ReportsPage
from tests.demo_stores import demo_store_fixture
from tests.ui_helpers import main_window_on_screen


def matrix_run(ctx: AppContext, qtbot: QtBot, lang: str, attribute: str, *, sessions: int = 8,
               seed: int = 3, demo_in_store: bool = False) -> MatrixTab:
    """The Reports page's Matrix tab in ``lang``, counted by ``attribute`` over demo sessions.
    ``demo_in_store``: the store is already that demo (``store = matrix_demo_store(sessions=…, seed=…)``
    in the test module: a copy of it generated once per process), so it is not generated again."""
    if not demo_in_store:
        demo.generate(ctx.store, sessions=sessions, seed=seed, advocacy=False)
    ctx.language.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    matrix = page.matrix
    matrix.attribute.setCurrentIndex(matrix.attribute.findData(attribute))
    matrix.run()
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0, timeout=10_000)
    return matrix


def matrix_demo_store(*, sessions: int, seed: int) -> Callable[..., Any]:
    """A test module's ``store`` fixture: the demo ``matrix_run`` generates (``sessions``, ``seed``, no
    advocacy) as a copy of one generated once per process (tests/demo_stores.py); pass ``demo_in_store=True``."""
    return demo_store_fixture(sessions=sessions, seed=seed, advocacy=False)


def matrix_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                        lang: str, *, sessions: int, seed: int, attribute: str | None = None
                        ) -> tuple[ReportsPage, MatrixTab]:
    """The main window at 20 points on a laptop at 150 % ((910, 512)), in ``lang``, on the Reports page's
    Matrix tab, run (by ``attribute`` when given) over demo sessions and laid out."""
    demo.generate(store, sessions=sessions, seed=seed, advocacy=False)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    window.go_to("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.tabs.setCurrentWidget(page.matrix)
    matrix = page.matrix
    if attribute is not None:
        matrix.attribute.setCurrentIndex(matrix.attribute.findData(attribute))
    matrix.run()
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0, timeout=20_000)
    qtbot.wait(100)  # laid out
    return page, matrix


def workbook_of(matrix: MatrixTab, path: Path) -> Path | None:
    """Reports → Matrix → "Matrix and chart to Excel…" to ``path``, waited for (it is written on a thread
    apart, as File → Export's are): the file written, or None when none was (the tab says why)."""
    before = path.stat().st_ino if path.exists() else None
    if matrix.export_xlsx(path) is None:
        return None
    assert matrix.ctx.tasks.drain(30_000)
    # Written: a new file took the name (an old one of that name stays where the new one was refused).
    return path if path.exists() and path.stat().st_ino != before else None
