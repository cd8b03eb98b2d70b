"""File > Export of the main window: the Excel workbook and the REFI-QDA project, each written on the
worker thread while the window stays usable. Their words are the main window's (context MainWindow)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.ui.widgets import export_run, live_status
from desktop.ui.widgets.import_bar import choose_first
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.save_files import default_path, shown_path, with_suffix
from desktop.ui.widgets.write_failure import write_failure_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# This exact name: lupdate reads translate("context", "text") calls.
translate = QCoreApplication.translate


def export_xlsx(window: MainWindow, path: str | None = None) -> None:
    from desktop.exports.xlsx import export_xlsx as write_xlsx  # not among the imports of the first paint

    store, lang = window.ctx.store, window.ctx.language.language
    _export(window, path, what="xlsx",
            ask=(translate("MainWindow", "Export to Excel"), "majlis-export.xlsx",
                 translate("MainWindow", "Excel workbook (*.xlsx)")),
            work=lambda target: lambda token, progress: write_xlsx(store, target, lang=lang, progress=progress,
                                                                  cancelled=lambda: token.cancelled),
            written=lambda summary: lambda: translate("MainWindow", "Excel workbook written: %1").replace(
                "%1", shown_path(summary.path)))


def export_qdpx(window: MainWindow, path: str | None = None) -> None:
    from desktop.exports.qdpx import export_qdpx as write_qdpx

    store = window.ctx.store
    # The project's language (code names, labels in the sources) follows the sessions, as on the CLI.
    _export(window, path, what="qdpx",
            ask=(translate("MainWindow", "Export REFI-QDA project"), "majlis-project.qdpx",
                 translate("MainWindow", "REFI-QDA project (*.qdpx)")),
            work=lambda target: lambda token, progress: write_qdpx(store, target, cancelled=lambda: token.cancelled,
                                                                  progress=progress),
            written=lambda written: lambda: translate("MainWindow", "REFI-QDA project written: %1").replace(
                "%1", shown_path(written)))


def _export(window: MainWindow, path: str | None, *, what: str, ask: tuple[str, str, str],
            work: Callable[[str], Callable[[Any, Any], Any]], written: Callable[[Any], Words]) -> None:
    """Ask where (unless ``path`` is given), then run ``work(target)`` on the worker thread; the status
    bar says what came of it. One export at a time (export_run): asked while one runs, the status bar
    says so and nothing is asked or started."""
    if export_run.running(window):
        live_status.show(window, export_run.refused, 10000)
        return
    if _import_waits(window):
        return
    if path is None:
        title, default_name, file_filter = ask
        path, _ = QFileDialog.getSaveFileName(window, title, default_path(default_name), file_filter)
    if not path or _import_waits(window):  # the import may have ended while the file was chosen
        return
    target = str(with_suffix(path, f".{what}"))
    if window.editor is not None:
        window.editor.flush()  # what is on screen is what gets exported
    export_run.start(window, window.ctx.tasks.run, work(target), what=what,
                     tell=lambda words, timeout: live_status.show(window, words, timeout), written=written,
                     failure=lambda exc: lambda: translate("MainWindow", "The export failed: %1").replace(
                         "%1", write_failure_text(exc)))


def _import_waits(window: MainWindow) -> bool:
    """An import changed the open session while typing there waited (the editor's import bar): nothing is
    saved until Show theirs or Keep mine, so the export would hold the session as stored, not as on
    screen. Said in the editor's line (beside the bar) and in the status bar, where the export speaks."""
    editor = window.editor
    if editor is None or not editor.import_waits():
        return False
    editor.save_first()
    live_status.show(window, choose_first, 10000)
    return True
