"""One export at a time, its steps and its Cancel in the main window's status bar: File → Export's workbook
and REFI-QDA project (window_exports), Reports → Matrix's workbook, a session's PDF, an evidence brief, the
consent printouts, and the Sync page's bundle, team update and team key run through ``start``.

Asked while one runs, an export is refused in one line (``refused``) before anything is asked or started:
two at once showed two bars and two Cancels, the second waiting unseen behind the first. Each writer
puts its file in place only at its end (desktop.core.atomic_file) and asks its ``cancelled`` until the
last moment; a Cancel that came after that moment is said as such, with the line naming the file, rather
than leave the person believing nothing was written. Its words are the main window's (context MainWindow).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

from desktop.ui.tasks import Cancelled, CancelToken
from desktop.ui.widgets.export_progress import ExportProgress
from desktop.ui.widgets.live_words import Words

# This exact name: lupdate reads translate("context", "text") calls.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)

# Says a line (and for how many milliseconds, where it goes away).
Tell = Callable[[Words, int], None]
# Runs ``work(token, progress)`` off the UI thread: TaskRunner.run, or run_apart for work without the database.
Runner = Callable[..., CancelToken]


def status_bar(widget: QWidget) -> QStatusBar | None:
    """The status bar of the main window ``widget`` is (in); None where it is in none (not yet shown)."""
    main = widget if isinstance(widget, QMainWindow) else widget.window()
    return main.statusBar() if isinstance(main, QMainWindow) else None


def running(widget: QWidget) -> bool:
    """An export of the window of ``widget`` is running (its progress is in the status bar)."""
    bar = status_bar(widget)
    return bar is not None and any(not p.ended for p in bar.findChildren(ExportProgress))


def refused() -> str:
    return translate("MainWindow",
                     "An export is already running. Wait for it to finish, or cancel it, then export again.")


def start(widget: QWidget, run: Runner, work: Callable[[CancelToken, Callable[[int, int], None]], Any], *,
          what: str, tell: Tell, written: Callable[[Any], Words], failure: Callable[[BaseException], Words],
          back_to: QWidget | None = None) -> None:
    """Run ``work`` through ``run`` with its steps and Cancel in the status bar of ``widget``'s window; the
    outcome is said through ``tell``: ``written(result)``, cancelled, too late to cancel, or ``failure(exc)``.
    The caller has checked ``running`` first. ``back_to``: where the focus was before the caller disabled
    its button for the export's time, where it goes back from Cancel (else where the focus is now)."""
    bar = status_bar(widget)
    if bar is not None:
        bar.clearMessage()  # a line of the last export is not this one's
    progress = ExportProgress(bar, back_to) if bar is not None else None  # "Exporting…", the steps done, and Cancel
    token: list[CancelToken] = []

    def ended() -> bool:
        """The export has ended for the person: False where the window closed meanwhile (no one to tell)."""
        if progress is None:
            return True
        if not shiboken6.isValid(progress):
            return False
        progress.close_and_remove()
        return True

    def done(result: Any) -> None:
        if not ended():
            return
        if token and token[0].cancelled:
            # Cancel came after the export's last check, while its file took its name: it is written,
            # and the line says so rather than leave the person believing nothing was.
            said = written(result)
            tell(lambda: translate(
                "MainWindow", "Too late to cancel: the export was already saved. %1").replace("%1", said()), 15000)
            return
        tell(written(result), 10000)

    def failed(exc: BaseException) -> None:
        if not ended():
            return
        if token and token[0].cancelled and isinstance(exc, InterruptedError | Cancelled):
            # The export stops before its file is placed: its temporary data are gone with it.
            tell(lambda: translate("MainWindow", "Export cancelled: nothing was written to the folder."), 10000)
            return
        log.warning("%s export failed: %s", what, type(exc).__name__)  # no paths or content in logs
        tell(failure(exc), 15000)

    on_progress = progress.report if progress is not None else None
    token.append(run(work, on_done=done, on_error=failed, on_progress=on_progress))
    if progress is not None:
        progress.token = token[0]
