"""Reports → Matrix: an image or a workbook that cannot be written (a write-protected USB stick, a full
disk) is said in the interface's language, with the reason, and nothing is left in the folder.

"Matrix and chart to Excel…" to a read-only stick said "The workbook could not be saved." in English
on an Arabic screen: the words were asked for inside an f-string, where lupdate never reads them, so
they never reached the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.context import AppContext
from desktop.ui.reports.matrix_tab import MatrixTab
from desktop.ui.reports.page import ReportsPage
from tests.readonly_folder import read_only

T = QApplication.translate


def _matrix(ctx: AppContext, qtbot: QtBot, lang: str) -> MatrixTab:
    demo.generate(ctx.store, sessions=3, seed=5, advocacy=False)
    ctx.language.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    matrix = page.matrix
    matrix.run()
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0, timeout=10_000)
    return matrix


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.parametrize(("export", "words"), [
    ("export_xlsx", "The workbook could not be saved."),
    ("export_matrix_png", "The image could not be saved."),
    ("export_chart_png", "The image could not be saved."),
])
def test_a_read_only_stick_is_said_in_the_language(ctx: AppContext, qtbot: QtBot, tmp_path: Path, lang: str,
                                                   export: str, words: str) -> None:
    matrix = _matrix(ctx, qtbot, lang)
    stick = tmp_path / "stick"
    stick.mkdir()
    suffix = ".xlsx" if export == "export_xlsx" else ".png"
    with read_only(stick):
        assert getattr(matrix, export)(stick / f"matrix{suffix}") is None
    said = matrix.status.text()
    reason = T("WriteFailure", "This folder cannot be written to (a read-only or write-protected USB stick?). "
                               "Choose another place.")
    assert T("MatrixTab", words) != words, "not in the catalogue"
    assert said == f"{T('MatrixTab', words)} {reason}"
    assert words not in said and "Errno" not in said and str(tmp_path) not in said
    assert list(stick.iterdir()) == []
