"""Reports → Matrix → "Matrix and chart to Excel…" runs as File → Export's exports do.

It was written on the UI thread with no progress and no Cancel, and it was not under the "one export at
a time" rule: started while File → Export wrote a centre's workbook, a second export ran beside it (and
File → Export, asked while the matrix's was written, started all the same). It now shows its steps and
a Cancel in the status bar, a Cancel says what became of the file (nothing in the folder; or too late,
the file saved), it is refused in one translated line while another export runs and the other way
round, and the line at its end names the file it wrote."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.page_stack import PAGE_FRAME
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.matrix_tab import MatrixTab
from desktop.ui.reports.page import ReportsPage
from desktop.ui.tasks import APART_THREADS
from desktop.ui.widgets.save_files import shown_path
from tests.export_helpers import REFUSED as ALREADY
from tests.export_helpers import progress_of
from tests.i18n.test_i18n_screens import settle
from tests.matrix_helpers import matrix_at_20_points
from tests.shots import shots_folder

T = QApplication.translate


@contextmanager
def threads_apart_busy(ctx: AppContext) -> Iterator[None]:
    """The threads for work apart from the database busy (a transcript parsed, a file decoded): the
    matrix's workbook waits its turn, and what the test does meanwhile happens before its first step."""
    release = threading.Event()
    for _ in range(APART_THREADS):
        ctx.tasks.run_apart(lambda _token, _progress: release.wait(20))
    try:
        yield
    finally:
        release.set()


def in_window(manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
              lang: str) -> tuple[MainWindow, ReportsPage, MatrixTab]:
    page, matrix = matrix_at_20_points(manager, store, qtbot, monkeypatch, lang, sessions=4, seed=5)
    window = page.window()
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    return window, page, matrix


def read_back(path: Path) -> list[list[object]]:
    return [list(r) for r in load_workbook(path)[T("MatrixTab", "Matrix")].iter_rows(values_only=True)]


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_cancel_leaves_nothing_then_the_workbook_is_written_and_named(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        lang: str) -> None:
    """At 20 points on a laptop at 150 %: the steps and Cancel in the status bar, whole; Cancel leaves
    no file (no hidden temporary file either) and says so; the next export is written, read back, and
    named in the line at its end, left to right, within the tab."""
    window, page, matrix = in_window(manager, store, qtbot, monkeypatch, lang)
    shots = shots_folder(tmp_path, "MAJLIS_HP4_SHOTS")
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "matrix.xlsx"
    with threads_apart_busy(window.ctx):
        assert matrix.export_xlsx(target) == target
        settle()
        [running] = progress_of(window)
        button = running.cancel_button
        assert button.isVisible() and button.isEnabled() and button.width() >= button.sizeHint().width()
        corner = button.mapTo(window, button.rect().topLeft())
        assert corner.x() >= 0 and corner.x() + button.width() <= window.width()
        window.grab().save(str(shots / f"matrix_export_running_20pt_{lang}.png"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert matrix.status.text() == T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert window.statusBar().currentMessage() == matrix.status.text()
    assert list(stick.iterdir()) == []
    assert progress_of(window) == []
    window.grab().save(str(shots / f"matrix_export_cancelled_20pt_{lang}.png"))

    seen: list[tuple[int, int]] = []
    assert matrix.export_xlsx(target) == target
    [running] = progress_of(window)
    running.steps.valueChanged.connect(lambda v: seen.append((v, running.steps.maximum())))
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert seen and seen[-1][0] == seen[-1][1] > 1, seen  # its steps, each reported
    assert [p.name for p in stick.iterdir()] == ["matrix.xlsx"]
    rows = read_back(target)
    table = matrix.table_for_export()
    assert len(rows) == 2 + len(table.rows) + 1  # title, headings, a row per code, totals
    assert [r[-1] for r in rows[2:-1]] == table.row_totals()
    assert rows[-1][-1] == table.grand_total() > 0
    said = matrix.status.text()
    assert said == T("MainWindow", "Excel workbook written: %1").replace("%1", shown_path(target))
    assert str(target) in said
    # Said where the steps were too: below the matrix, the line is out of sight at 20 points.
    assert window.statusBar().currentMessage() == said
    frames = [f for f in window.findChildren(QScrollArea, PAGE_FRAME) if f.isAncestorOf(page)]
    assert len(frames) == 1 and frames[0].horizontalScrollBar().maximum() == 0, "the page scrolls sideways"
    assert matrix.status.isVisible() and matrix.status.height() >= matrix.status.heightForWidth(matrix.status.width())
    assert progress_of(window) == []
    window.grab().save(str(shots / f"matrix_export_written_20pt_{lang}.png"))


def test_refused_while_file_export_runs(manager: LanguageManager, store: Store, qtbot: QtBot,
                                        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, _page, matrix = in_window(manager, store, qtbot, monkeypatch, "ckb")
    release = threading.Event()
    window.ctx.tasks.run(lambda _token, _progress: release.wait(20))  # the centre's workbook waits its turn
    try:
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        [running] = progress_of(window)
        assert matrix.export_xlsx(tmp_path / "matrix.xlsx") is None
        settle()
        assert progress_of(window) == [running]  # one bar, one Cancel
        assert matrix.status.text() == T("MainWindow", ALREADY) != ALREADY
        assert window.statusBar().currentMessage() == matrix.status.text()  # where the running one's Cancel is
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP4_SHOTS") / "matrix_export_refused_20pt_ckb.png"))
    finally:
        release.set()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["centre.xlsx"]


def test_file_export_refused_while_the_matrix_is_written(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, _page, matrix = in_window(manager, store, qtbot, monkeypatch, "ckb")
    target = tmp_path / "matrix.xlsx"
    with threads_apart_busy(window.ctx):
        assert matrix.export_xlsx(target) == target
        settle()
        [running] = progress_of(window)
        window.export_qdpx(str(tmp_path / "centre.qdpx"))
        settle()
        assert window.statusBar().currentMessage() == T("MainWindow", ALREADY)
        assert matrix.export_xlsx(tmp_path / "again.xlsx") is None  # nor the matrix's own, twice
        assert matrix.status.text() == T("MainWindow", ALREADY)
        assert progress_of(window) == [running]
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".qdpx")) == ["matrix.xlsx"]
    assert read_back(target)[-1][-1] == matrix.table_for_export().grand_total()
    # Once it has ended, File → Export is started.
    window.export_qdpx(str(tmp_path / "centre.qdpx"))
    assert window.ctx.tasks.drain(30_000)
    assert (tmp_path / "centre.qdpx").exists()


def test_a_cancel_that_came_too_late_is_said(manager: LanguageManager, store: Store, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, _page, matrix = in_window(manager, store, qtbot, monkeypatch, "ar")
    target = tmp_path / "matrix.xlsx"
    assert matrix.export_xlsx(target) == target
    [running] = progress_of(window)
    # The workbook has taken its name; its result has not reached the window yet when Cancel is pressed.
    assert window.ctx.tasks.wait(30_000)
    running.cancel_button.click()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert target.exists()
    too_late = T("MainWindow", "Too late to cancel: the export was already saved. %1")
    written = T("MainWindow", "Excel workbook written: %1").replace("%1", shown_path(target))
    assert matrix.status.text() == too_late.replace("%1", written)
    assert progress_of(window) == []
