"""Reports → Matrix: an image or a workbook that cannot be written (a write-protected USB stick, a full
disk) is said in the interface's language, with the reason, and nothing is left in the folder.

"Matrix and chart to Excel…" to a read-only stick said "The workbook could not be saved." in English
on an Arabic screen: the words were asked for inside an f-string, where lupdate never reads them, so
they never reached the catalogue."""

from __future__ import annotations

import gc
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.context import AppContext
from desktop.ui.reports.matrix_tab import MatrixTab
from desktop.ui.reports.page import ReportsPage
from tests.matrix_helpers import workbook_of
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
        if export == "export_xlsx":
            assert workbook_of(matrix, stick / "matrix.xlsx") is None
        else:
            assert getattr(matrix, export)(stick / f"matrix{suffix}") is None
    said = matrix.status.text()
    reason = T("WriteFailure", "This folder cannot be written to (a read-only or write-protected USB stick?). "
                               "Choose another place.")
    assert T("MatrixTab", words) != words, "not in the catalogue"
    assert said == f"{T('MatrixTab', words)} {reason}"
    assert words not in said and "Errno" not in said and str(tmp_path) not in said
    assert list(stick.iterdir()) == []


def test_a_full_disk_is_said_and_leaves_nothing(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    """The workbook stopped by a full disk: said in Arabic, nothing left in the folder, and the half-built
    package closed with it (openpyxl's own save left its archive open; collected later, it raised
    "seek of closed file" on the file Majlis had already taken away)."""
    pytest.importorskip("resource")
    from tests.disk_room import disk_room

    matrix = _matrix(ctx, qtbot, "ar")
    stick = tmp_path / "stick"
    stick.mkdir()
    with disk_room(2048):
        assert workbook_of(matrix, stick / "matrix.xlsx") is None
    full = T("WriteFailure", "The disk is full. Free some space or choose another place.")
    assert full != "The disk is full. Free some space or choose another place."
    assert matrix.status.text() == f"{T('MatrixTab', 'The workbook could not be saved.')} {full}"
    assert list(stick.iterdir()) == []
    # No archive left open on the file taken away (each would raise when collected, long after).
    gc.collect()
    assert not [z for z in gc.get_objects() if isinstance(z, zipfile.ZipFile) and z.mode == "w" and z.fp is not None]
