"""Reports → Matrix run on demo data, as the matrix tests set it up."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.context import AppContext
from desktop.ui.reports.matrix_tab import MatrixTab
from desktop.ui.reports.page import ReportsPage


def matrix_run(ctx: AppContext, qtbot: QtBot, lang: str, attribute: str, *, sessions: int = 8,
               seed: int = 3) -> MatrixTab:
    """The Reports page's Matrix tab in ``lang``, counted by ``attribute`` over demo sessions."""
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
