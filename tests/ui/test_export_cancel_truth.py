"""File → Export → REFI-QDA project shows its steps, as the workbook does: it showed an empty bar until
its end, and its Cancel was asked only while the archive was written (tests/exports/test_export_cancel_any_time)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.export_progress import ExportProgress
from tests.ui_helpers import main_window


def progress_of(window: MainWindow) -> list[ExportProgress]:
    return [p for p in window.statusBar().findChildren(ExportProgress) if p.isVisible()]


def test_the_refi_qda_steps_are_shown(manager: LanguageManager, store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    demo.generate(store, sessions=4, seed=3, advocacy=False)
    window = main_window(manager, store, qtbot, "ckb")
    seen: list[tuple[int, int]] = []
    window.export_qdpx(str(tmp_path / "centre.qdpx"))
    [running] = progress_of(window)
    running.steps.valueChanged.connect(lambda v: seen.append((v, running.steps.maximum())))
    assert window.ctx.tasks.drain(30_000)
    assert seen and seen[-1] == (15, 15), seen  # four sessions' sources built and put in, the rest, five files
