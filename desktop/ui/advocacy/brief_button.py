"""The "Evidence brief…" button of a recommendation: the brief as a PDF or a workbook, written on the
DB worker.

The brief was only a command-line export (``majlis-cli export brief``), while the app told a
facilitator with a local draft to "give a coordinator its evidence brief" and a coordinator had no
way to make one from the page where they edit the recommendation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop.ui.context import AppContext
from desktop.ui.widgets.save_files import default_path, shown_path, with_suffix
from desktop.ui.widgets.write_failure import write_failure_text

log = logging.getLogger(__name__)


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
        self.setEnabled(False)
        self.message.emit(lambda: self.tr("Writing the evidence brief…"))

        def done(_briefs: Any) -> None:
            self.setEnabled(True)
            self.message.emit(lambda: self.tr("Evidence brief written: %1").replace("%1", shown_path(target)))
            self.written.emit(target)

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            log.warning("evidence brief failed: %s", type(exc).__name__)  # no paths or content in logs
            self.message.emit(lambda: self.tr("The evidence brief could not be written: %1").replace(
                "%1", write_failure_text(exc)))

        self.ctx.tasks.run(lambda _token, _progress: write(store, target, rec_id=rec_id, lang=lang, digits=digits),
                           on_done=done, on_error=failed)
