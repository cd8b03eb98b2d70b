"""What the tests of exports run as File → Export's (widgets/export_run.py) share: the bars shown, and the
database worker kept busy so that what a test does meanwhile comes first; and what the tests of the Sync
page's exports (Export bundle…, Publish team update…, Export team key…) share: the main window on its Sync
page, its last line, and the save dialog's questions counted."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.export_progress import ExportProgress
from tests.ui_helpers import main_window

REFUSED = "An export is already running. Wait for it to finish, or cancel it, then export again."


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


def settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def sync_window(store: Store, manager: LanguageManager, qtbot: QtBot, lang: str) -> tuple[MainWindow, SyncPage]:
    """``store``'s main window in ``lang`` on its Sync page, the page read."""
    window = main_window(manager, store, qtbot, lang)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    return window, page


def last_line(page: SyncPage) -> str:
    """The last line below the Sync page's buttons."""
    return page.results.item(page.results.count() - 1).text()


def save_dialog_asks(monkeypatch: pytest.MonkeyPatch, answer: Path) -> list[object]:
    """Each question of a save dialog (its arguments) from now on, in the list returned; each answered
    ``answer``."""
    asked: list[object] = []

    def where(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(args)
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(where))
    return asked
