"""Printing from the Consent page: a folder asked for, the chosen record's PDF or its session's register
read on the database worker and laid out and written there on a thread apart (neither on the window's
thread), and the outcome said on the page's line above the register's rows and, for a Cancel in time
or a failure, in the status bar too.

Its own words are the Consent page's (``ConsentPage`` context), as when this was part of the page; the
words every export says ("Exporting…", cancelled, too late to cancel, another export running) are the
main window's (export_run).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QFileDialog, QScrollArea

from desktop.core import erasure_report
from desktop.core.db import Store
from desktop.ui.consent import printout
from desktop.ui.tasks import CancelToken
from desktop.ui.widgets import export_run, live_status
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.unprinted_line import with_unprinted
from desktop.ui.widgets.write_failure import write_failure_text

if TYPE_CHECKING:
    from desktop.ui.consent.page import ConsentPage


def _folder(page: ConsentPage) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        page, QCoreApplication.translate("ConsentPage", "Folder for the printout"), str(Path.home()))
    return Path(folder) if folder else None


def _refused(page: ConsentPage) -> bool:
    """Another export runs (export_run): said in one line, on the page's line above the register's rows
    and in the status bar; True where refused (nothing asked)."""
    if not export_run.running(page):
        return False
    say(page.status, export_run.refused)
    live_status.show(page, export_run.refused, 10000)
    return True


def _line_and_rows_in_sight(page: ConsentPage) -> None:
    """The page's frame scrolled, where it must, to show the line said above the register and the
    register's first rows under it (the line's top first): a path on four lines at 20 points on a laptop
    pushed the rows below the frame's edge, and the person saw the line but not the register."""
    frame = page.parentWidget()
    while frame is not None and not isinstance(frame, QScrollArea):
        frame = frame.parentWidget()
    line, view = page.status, page.register_view
    inner = frame.widget() if frame is not None else None
    if frame is None or inner is None or not line.isVisible():
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the line's new height placed
    top = line.mapTo(inner, line.rect().topLeft()).y()
    first = view.visualRect(page.register.index(0, 0)) if page.register.rowCount() else view.viewport().rect()
    bottom = view.viewport().mapTo(inner, first.topLeft()).y() + min(first.height(), view.viewport().height())
    bar, room = frame.verticalScrollBar(), frame.viewport().height()
    if bottom - bar.value() > room or top < bar.value():
        bar.setValue(max(0, min(top, bottom - room)))


def print_record(page: ConsentPage) -> bool:
    """Ask for a folder and write the chosen record's PDF there (see ``_print``): True where it started;
    False where no record is chosen, another export runs (said) or no folder was chosen. ``printed``
    gives the file's path once written, or None where it was not (cancelled or failed)."""
    row = page.selected_row()
    if row is None or _refused(page):
        return False
    folder = _folder(page)
    if folder is None:
        return False
    record_id, digits = row.record_id, page.ctx.language.digits
    return _print(page, lambda store: printout.read_record(store, record_id, folder, digits))


def print_register(page: ConsentPage) -> bool:
    """Ask for a folder and write the chosen record's session's consent register there, as
    ``print_record`` does its PDF; False also where the chosen record belongs to no session."""
    row = page.selected_row()
    if row is None or row.session_id is None or _refused(page):
        return False
    folder = _folder(page)
    if folder is None:
        return False
    session_id, digits = row.session_id, page.ctx.language.digits
    return _print(page, lambda store: printout.read_register(store, session_id, folder, None, digits))


def _print(page: ConsentPage, read: Callable[[Store], printout.Printout]) -> bool:
    """Read a printout on the database worker, then lay it out and write it on a thread apart from it,
    and say so: a session's register of 40 took 2.2 s, the window frozen, when written on the window's
    thread, and 1.7 s of every autosave's and page read's waiting on the worker. Run as File → Export's
    exports are (export_run): "Exporting…" on the page's line, and with a Cancel in the status bar (asked
    until the file takes its name; no steps are counted), one export at a time, the print buttons disabled
    meanwhile. A folder that takes no file (a write-protected USB stick, a full disk) is said in one
    translated line, never the system's English. Always True (started)."""
    # Where the focus was (a print button, disabled below): it goes back there after Cancel.
    started_from = page.window().focusWidget()
    for button in (page.print_record_button, page.print_register_button):
        button.setEnabled(False)  # one printout at a time
    say(page.status, lambda: QCoreApplication.translate("MainWindow", "Exporting…"))
    ctx, status = page.ctx, page.status
    wrote: list[Path] = []
    noted: list[Path] = []  # the path the reading noted for an erasure report (printout.read_record)

    def run(work: Callable[[CancelToken, Callable[[int, int], None]], Any], *, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], **_progress: Any) -> CancelToken:
        """``work`` (the read) on the database worker, then the layout and the file on a thread apart."""
        token = CancelToken()

        def lay_out(job: printout.Printout) -> None:
            noted.append(job.path)
            if token.cancelled:  # before its layout: nothing written
                on_error(InterruptedError("export cancelled"))
                return
            ctx.tasks.run_apart(lambda _token, _steps: job.write(lambda: token.cancelled),
                                on_done=on_done, on_error=on_error)

        ctx.tasks.run(work, on_done=lay_out, on_error=on_error)
        return token

    def tell(words: Words, timeout: int) -> None:
        if not shiboken6.isValid(status):  # the window closed meanwhile: no one to tell
            return
        page.selected_changed()  # the buttons back, as the chosen row allows
        say(status, words)
        QTimer.singleShot(0, status, lambda: _line_and_rows_in_sight(page))
        if noted and not wrote:  # read, then cancelled or failed: the report must not name a file never written
            path = noted[0]
            ctx.tasks.run(lambda _token, _steps: erasure_report.forget_unwritten(ctx.store, "pdf", path))
        if not wrote:  # a Cancel or a failure: said where the Cancel was too
            live_status.show(status, words, timeout)
        elif (bar := export_run.status_bar(status)) is not None:
            bar.clearMessage()  # a line said meanwhile (another export refused) is not this one's end
        page.printed.emit(wrote[0] if wrote else None)

    def written(path: Path) -> Words:
        # The whole path, as File → Export's lines name theirs (the file's name alone did not say on which
        # stick or in which folder the PDF went), above the register's table, broken after its separators
        # where it takes more than one line (the page's line is a done_line): the register's rows stay in
        # sight below it at 20 points.
        # What no font has (a Hebrew witness's name) is counted after it, as every PDF's line does.
        wrote.append(path)
        return with_unprinted(lambda: QCoreApplication.translate("ConsentPage", "Saved %1").replace(
            "%1", shown_path(path)), path)

    export_run.start(page, run, lambda _token, _steps: read(ctx.store), what="printout", tell=tell, written=written,
                     back_to=started_from,
                     failure=lambda exc: lambda: QCoreApplication.translate(
                         "ConsentPage", "The PDF could not be written: %1").replace("%1", write_failure_text(exc)))
    return True
