"""What the tests of exports run as File → Export's (widgets/export_run.py) share: the bars shown, and the
database worker kept busy so that what a test does meanwhile comes first."""

from __future__ import annotations

import threading

from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.export_progress import ExportProgress


def progress_of(window: MainWindow) -> list[ExportProgress]:
    """The export bars (steps and Cancel) shown in ``window``'s status bar."""
    return [p for p in window.statusBar().findChildren(ExportProgress) if p.isVisible()]


class WorkerBusy:
    """The database worker busy (a save, an import): an export waits its turn, and what the test does
    meanwhile happens before its first step. Released on leaving the ``with`` (at most 20 s)."""

    def __init__(self, window: MainWindow) -> None:
        self.release = threading.Event()
        window.ctx.tasks.run(lambda _token, _progress: self.release.wait(20))

    def __enter__(self) -> WorkerBusy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release.set()
