"""Reports → Matrix → "Matrix as image…" and "Chart as image…": the line at their end names the whole path.

It said "Saved chart.png": which folder, of the three USB sticks and Documents, nobody could tell, while
every other export's line names the whole path. And it was said only below the matrix, out of sight at
20 points. It now names the whole path (left to right, shown_path), below the matrix and in the status
bar. An image is drawn and written in a moment on the UI thread: it is not under the one-export rule
(nothing waits unseen behind a running export), so it is saved while File → Export runs, whose steps
and Cancel stay where they are."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.export_progress import ExportProgress
from desktop.ui.widgets.save_files import shown_path
from tests.i18n.test_i18n_screens import settle
from tests.matrix_helpers import matrix_at_20_points
from tests.shots import shots_folder
from tests.ui.test_status_line_whole_at_20_points import shown_whole

T = QApplication.translate
MARKS = re.compile("[\u200e\u200f\u2066-\u2069]")  # shown_path's: the path itself without them


@pytest.mark.parametrize("export", ["export_chart_png", "export_matrix_png"])
def test_an_image_is_named_whole_and_saved_while_file_export_runs(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        export: str) -> None:
    page, matrix = matrix_at_20_points(manager, store, qtbot, monkeypatch, "ckb", sessions=3, seed=5)
    window = page.window()
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    folder = tmp_path / "وێنەکان" / "ڕاپۆرت"  # Kurdish folder names: the path still reads left to right
    folder.mkdir(parents=True)
    target = folder / "image.png"
    release = threading.Event()
    window.ctx.tasks.run(lambda _token, _progress: release.wait(20))  # the centre's workbook waits its turn
    try:
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        running = [p for p in window.statusBar().findChildren(ExportProgress) if p.isVisible()]
        assert len(running) == 1
        assert getattr(matrix, export)(target) == target
        settle()
        assert not QImage(str(target)).isNull()
        said = T("MatrixTab", "Saved %1").replace("%1", shown_path(target))
        assert said != f"Saved {shown_path(target)}" and str(target) in MARKS.sub("", said)
        assert matrix.status.text() == said
        assert window.statusBar().currentMessage() == said  # where the steps are, in sight at 20 points
        assert shown_whole(window, said)  # beside the export's steps and Cancel, on as many lines as it takes
        assert [p for p in window.statusBar().findChildren(ExportProgress) if p.isVisible()] == running
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP8_SHOTS") / f"matrix_{export}_20pt_ckb.png"))
    finally:
        release.set()
    assert window.ctx.tasks.drain(30_000)
    assert (tmp_path / "centre.xlsx").exists()
    assert sorted(p.name for p in folder.iterdir()) == ["image.png"]
