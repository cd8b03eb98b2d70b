"""The "Evidence brief…" button of a recommendation: the brief as a PDF or a workbook, written on the
DB worker as File → Export's exports are (export_run): its Cancel in the status bar, one export at a
time (behind a centre's workbook on the worker it waited unseen), the file taking its name at the end.

The brief was only a command-line export (``majlis-cli export brief``), while the app told a
facilitator with a local draft to "give a coordinator its evidence brief" and a coordinator had no
way to make one from the page where they edit the recommendation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop.ui.context import AppContext
from desktop.ui.widgets import export_run, live_status
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.save_files import default_path, shown_path, with_suffix
from desktop.ui.widgets.unprinted_line import with_unprinted
from desktop.ui.widgets.write_failure import write_failure_text


class BriefButton(QPushButton):
    # One translated line (written where, or why not), as a function making it (live_words.Words):
    # said again in the new language after a switch.
    message = Signal(object)
    written = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, rec_id: Callable[[], str | None], parent: QWidget | None = None, *,
                 number: Callable[[], int | None] = lambda: None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rec_id = rec_id
        self._number = number
        self.clicked.connect(lambda: self.export())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Evidence &brief…"))
        self.setToolTip(self.tr("Save this recommendation's evidence brief as a PDF or an Excel workbook"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _suggested_name(self) -> str:
        number = self._number()
        return f"evidence-brief-R{number}.pdf" if number else "evidence-brief.pdf"

    def export(self, path: str | None = None) -> None:
        from desktop.exports.brief_pdf import write_brief_pdf
        from desktop.exports.brief_xlsx import write_brief_xlsx

        rec_id = self._rec_id()
        if rec_id is None:
            return
        if export_run.running(self):  # one export at a time (export_run): nothing asked, nothing started
            self.message.emit(export_run.refused)
            live_status.show(self, export_run.refused, 10000)
            return
        chosen_filter = ""
        if path is None:
            path, chosen_filter = QFileDialog.getSaveFileName(
                # Named by the recommendation's number: one folder holds the briefs of several, and the
                # same name each time offered to replace the brief of another.
                self, self.tr("Save the evidence brief"), default_path(self._suggested_name()),
                self.tr("PDF document (*.pdf);;Excel workbook (*.xlsx)"))
        if not path:
            return
        # The name's own extension decides; without one, the file type chosen in the dialog.
        wants_xlsx = path.lower().endswith(".xlsx") or (not path.lower().endswith(".pdf") and "xlsx" in chosen_filter)
        target = with_suffix(path, ".xlsx" if wants_xlsx else ".pdf")
        write = write_brief_xlsx if target.suffix.lower() == ".xlsx" else write_brief_pdf
        store, lang, digits = self.ctx.store, str(self.ctx.language.language), self.ctx.language.digits
        started_from = self.window().focusWidget()  # this button, or the menu that asked: the focus back after Cancel
        self.setEnabled(False)
        self.message.emit(lambda: self.tr("Writing the evidence brief…"))  # below the buttons; Cancel: status bar

        def tell(words: Words, timeout: int) -> None:
            if shiboken6.isValid(self):  # the window closed meanwhile: no one to tell
                self.setEnabled(True)
                self.message.emit(words)
                live_status.show(self, words, timeout)  # at 20 points the line below the buttons may be out of sight

        def written(briefs: Any) -> Words:
            if shiboken6.isValid(self):
                self.written.emit(target)
            # A PDF's briefs carry what no font could print (a quote in Hebrew), counted as every PDF's line does.
            return with_unprinted(lambda: QCoreApplication.translate("BriefButton", "Evidence brief written: %1").replace(
                "%1", shown_path(target)), briefs)

        export_run.start(
            self, self.ctx.tasks.run,
            lambda token, _progress: write(store, target, rec_id=rec_id, lang=lang, digits=digits,
                                           cancelled=lambda: token.cancelled),
            what="brief", tell=tell, written=written, back_to=started_from,
            failure=lambda exc: lambda: QCoreApplication.translate(
                "BriefButton", "The evidence brief could not be written: %1").replace("%1", write_failure_text(exc)))
