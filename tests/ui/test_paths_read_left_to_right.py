"""A file's path in an Arabic or Kurdish message stays whole and left to right.

"Excel workbook written: /home/amal/basra.xlsx" in Arabic read "…home/amal/basra.xlsx/": the bidi
algorithm moved the leading "/" of a path (and the ".xlsx" of a bare name) to the far end of a
right-to-left line. Each path is now held in a left-to-right isolate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from tests.demo_stores import demo_store_fixture
from tests.matrix_helpers import workbook_of

LRE, PDF = "\u2066", "\u2069"  # a left-to-right isolate (LRI…PDI), named as before


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


# The demo's two sessions in the store ctx is given: a copy of them generated once per process.
store = demo_store_fixture(sessions=2, seed=3)


@pytest.fixture
def ctx(ctx: AppContext, tmp_path: Path) -> AppContext:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ctx.demo = True
    ctx.language.set_language("ar")
    return ctx


@pytest.mark.parametrize("kind", ["xlsx", "qdpx"])
def test_the_main_windows_exports_name_their_file_left_to_right(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                                 kind: str) -> None:
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    target = tmp_path / f"basra.{kind}"
    (window.export_xlsx if kind == "xlsx" else window.export_qdpx)(str(target))
    qtbot.waitUntil(lambda: target.exists() and str(target) in window.statusBar().currentMessage(), timeout=30_000)
    assert f"{LRE}{target}{PDF}" in window.statusBar().currentMessage()


def test_the_matrix_workbooks_name_stays_left_to_right(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    matrix = page.matrix
    matrix.run()
    qtbot.waitUntil(lambda: matrix.matrix is not None)
    target = tmp_path / "matrix.xlsx"
    assert workbook_of(matrix, target) is not None
    assert matrix.status.text() == QCoreApplication.translate("MainWindow", "Excel workbook written: %1").replace(
        "%1", f"{LRE}{target}{PDF}")
