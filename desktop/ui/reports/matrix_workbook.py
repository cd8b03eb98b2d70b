"""Reports → Matrix → "Matrix and chart to Excel…": written as File → Export's exports are (export_run).

Its steps and Cancel in the main window's status bar, one export at a time, the workbook written on a
thread apart (it needs no database) into a private temporary file that takes its name at the end. The
outcome is said below the matrix and in the status bar, where the steps were: at 20 points the line
below the matrix is under the table, out of sight until the page is scrolled. Its words are the matrix
tab's (context MatrixTab) and File → Export's (context MainWindow)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication

from desktop.exports.xlsx_matrix import write_matrix_xlsx
from desktop.ui.widgets import export_run, live_status
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.write_failure import write_failure_text

if TYPE_CHECKING:
    from desktop.ui.reports.matrix_tab import MatrixTab

# This exact name: lupdate reads translate("context", "text") calls.
translate = QCoreApplication.translate


def export_xlsx(tab: MatrixTab, path: str | Path | None = None) -> Path | None:
    """The file's path when its export was started (the tab says when it is written), else None."""
    if export_run.running(tab):  # asked before where: nothing asked, nothing started
        say(tab.status, export_run.refused)
        live_status.show(tab, export_run.refused, 10000)
        return None
    target = tab.target(".xlsx", translate("MatrixTab", "Excel workbook (*.xlsx)"), path)
    if target is None or tab.matrix is None:
        return None
    table = tab.table_for_export()  # the words and numbers on screen now, in the language of now
    status = tab.status

    def tell(words: Words, timeout: int) -> None:
        if shiboken6.isValid(status):  # the window closed meanwhile: no one to tell
            say(status, words)
            live_status.show(status, words, timeout)

    export_run.start(
        tab, tab.ctx.tasks.run_apart,  # no database: the database worker stays free
        lambda token, progress: write_matrix_xlsx(table, target, progress=progress, cancelled=lambda: token.cancelled),
        what="matrix", tell=tell,
        written=lambda _result: lambda: translate("MainWindow", "Excel workbook written: %1").replace(
            "%1", shown_path(target)),
        failure=lambda exc: lambda: translate("MatrixTab", "The workbook could not be saved.") + " "
        + write_failure_text(exc))
    return target
