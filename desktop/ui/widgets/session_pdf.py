"""The "PDF" button of both session editors: minutes, summary or consent register of the session.

The files are the ones ``majlis-cli export pdf --session ID --document ...`` writes (made without Qt
by desktop.exports, so the text layer keeps every Kurdish letter), in the session's language and
the user's digits. They are written on the worker thread as File → Export's exports are (export_run):
the steps and Cancel in the status bar (a 50,000-word transcript takes seconds), one export at a time,
a private temporary file that takes its name at the end. The editor saves first, so what is on screen
is what is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from desktop.ui.context import AppContext
from desktop.ui.operations import read_now
from desktop.ui.widgets import export_run, live_status
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.menu_room import keep_room
from desktop.ui.widgets.save_files import default_path, shown_path, with_suffix
from desktop.ui.widgets.unprinted_line import with_unprinted
from desktop.ui.widgets.write_failure import write_failure_text


class PdfButton(QPushButton):
    """A button with a menu of the session's documents. ``message`` carries a line for the status: a
    function making it (live_words.Words), so that it follows a language switch while shown."""

    message = Signal(object)
    written = Signal(object)  # the Path of the PDF

    def __init__(self, ctx: AppContext, session_id: str, save_first: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The editor's save_first: what is on screen saved; False (and said) while its import bar waits or its save failed.
        self.ctx, self.session_id, self.save_first = ctx, session_id, save_first
        self.setObjectName("session_pdf")
        menu = keep_room(QMenu(self))  # its words whole at 20 points
        self.actions_by_document: dict[str, QAction] = {}
        for document in ("minutes", "summary", "consent-register"):
            action = menu.addAction("")
            action.triggered.connect(lambda _=False, d=document: self.export(d))
            self.actions_by_document[document] = action
        self.setMenu(menu)
        self.message.connect(self._show_in_status_bar)
        self.retranslate()

    def _show_in_status_bar(self, words: Words) -> None:
        live_status.show(self, words, 15000)

    def retranslate(self) -> None:
        self.setText(self.tr("PDF"))
        self.setToolTip(self.tr("Save the minutes, a summary or the consent register as a PDF"))
        self.actions_by_document["minutes"].setText(self.tr("Minutes or transcript…"))
        self.actions_by_document["summary"].setText(self.tr("Summary with quotes…"))
        self.actions_by_document["consent-register"].setText(self.tr("Consent register…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def export(self, document: str, path: str | None = None) -> None:
        """Ask where (unless ``path`` is given), then write the PDF as File → Export's exports are written
        (export_run): its steps and Cancel in the status bar, one export at a time. Asked while another
        export runs, the line says so and nothing is asked or started."""
        from desktop.exports.pdf_sessions import suggested_file_name, write_session_pdf

        if export_run.running(self):
            self.message.emit(export_run.refused)
            return
        if not self.save_first():  # what is on screen is printed, and names the file offered; unsaved: said, no PDF
            return
        if path is None:
            session_id = self.session_id
            name = read_now(self.ctx, lambda s: suggested_file_name(s, session_id, document))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), default_path(name),
                                                  self.tr("PDF document (*.pdf)"))
        if not path:
            return
        target = with_suffix(path, ".pdf")  # a name typed without it opened in nothing on Windows
        store, digits, session_id = self.ctx.store, self.ctx.language.digits, self.session_id
        started_from = self.window().focusWidget()  # this button, or the menu that asked: the focus back after Cancel
        self.setEnabled(False)
        self.message.emit(lambda: self.tr("Writing the PDF…"))  # beside the button; the status bar has the steps
        window = self.window()  # told instead when the editor was closed while the PDF was written

        def tell(words: Words, timeout: int) -> None:
            """Said by the button while its editor is open, else in the window's status bar."""
            if shiboken6.isValid(self):
                self.setEnabled(True)
                self.message.emit(words)
            elif shiboken6.isValid(window):
                live_status.show(window, words, timeout)

        def written(result: Any) -> Words:
            if shiboken6.isValid(self):
                self.written.emit(result)
            # not self.tr: the button may be gone; the whole path, left to right; what no font has, counted
            return with_unprinted(lambda: QCoreApplication.translate("PdfButton", "PDF written: %1").replace(
                "%1", shown_path(result)), result)

        export_run.start(
            window, self.ctx.tasks.run,
            lambda token, progress: write_session_pdf(store, session_id, target, document, None, digits,
                                                      progress=progress, cancelled=lambda: token.cancelled),
            what="pdf", tell=tell, written=written, back_to=started_from,
            failure=lambda exc: lambda: QCoreApplication.translate(
                "PdfButton", "The PDF could not be written: %1").replace("%1", write_failure_text(exc)))
