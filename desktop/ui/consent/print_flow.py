"""Printing from the Consent page: a folder asked for, the chosen record's PDF or its session's register
written there apart from the window's thread, and the outcome said under the register.

Its words are the Consent page's (``ConsentPage`` context), as when this was part of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.core.db import Store
from desktop.ui.consent import printout
from desktop.ui.operations import CollectionOp, run_apart
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.write_failure import write_failure_text

if TYPE_CHECKING:
    from desktop.ui.consent.page import ConsentPage


def _folder(page: ConsentPage) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        page, QCoreApplication.translate("ConsentPage", "Folder for the printout"), str(Path.home()))
    return Path(folder) if folder else None


def print_record(page: ConsentPage) -> bool:
    """Ask for a folder and write the chosen record's PDF there on the worker (``printed`` says when)."""
    row = page.selected_row()
    folder = _folder(page) if row is not None else None
    if row is None or folder is None:
        return False
    record_id, digits = row.record_id, page.ctx.language.digits
    return _print(page, lambda store: printout.read_record(store, record_id, folder, digits))


def print_register(page: ConsentPage) -> bool:
    row = page.selected_row()
    folder = _folder(page) if row is not None and row.session_id else None
    if row is None or row.session_id is None or folder is None:
        return False
    session_id, digits = row.session_id, page.ctx.language.digits
    return _print(page, lambda store: printout.read_register(store, session_id, folder, None, digits))


def _print(page: ConsentPage, read: Callable[[Store], printout.Printout]) -> bool:
    """Read a printout on the database worker, then lay it out and write it on a thread apart from it,
    and say so: a session's register of 40 took 2.2 s, the window frozen, when written on the window's
    thread, and 1.7 s of every autosave's and page read's waiting on the worker. A folder that takes no
    file (a write-protected USB stick, a full disk) is said in one translated line, never the system's
    English or a traceback."""
    for button in (page.print_record_button, page.print_register_button):
        button.setEnabled(False)  # one printout at a time
    say(page.status, lambda: QCoreApplication.translate("MainWindow", "Exporting…"))

    def done(path: Path) -> None:
        page.selected_changed()
        say(page.status, lambda: QCoreApplication.translate("ConsentPage", "Saved %1").replace(
            "%1", shown_path(path.name)))
        page.printed.emit(path)

    def failed(exc: BaseException) -> None:
        page.selected_changed()
        if isinstance(exc, OSError):
            say(page.status, lambda: QCoreApplication.translate(
                "ConsentPage", "The PDF could not be written: %1").replace("%1", write_failure_text(exc)))
        else:
            say(page.status, lambda: "")
        page.printed.emit(None)
        if not isinstance(exc, OSError):
            raise exc  # not the folder's doing: as any other failure of the worker

    def lay_out(job: printout.Printout) -> None:
        run_apart(page.ctx, lambda _token: job.write(), done, failed, owner=page)

    CollectionOp.on_store(page.ctx, read).owned_by(page).success(lay_out).failure(failed).run_in_background()
    return True
