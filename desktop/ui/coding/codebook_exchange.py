"""The Codebook page's Import .qdc… and Export .qdc…: the whole codebook from and to a REFI-QDA file,
what each did said under its buttons. Split from codebook_page.py; the words keep the page's context.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.exports import refi_qda
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.save_files import default_path, shown_path, with_suffix
from desktop.ui.widgets.write_failure import write_failure_text

if TYPE_CHECKING:
    from desktop.core.models import Code
    from desktop.ui.coding.codebook_page import CodebookPage


def import_qdc(page: CodebookPage) -> None:
    if page.importing.pending:
        return
    translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
    path, _ = QFileDialog.getOpenFileName(page, translate("CodebookPage", "Import codebook"), "",
                                          translate("CodebookPage", "REFI-QDA codebook or project (*.qdc *.qdpx)"))
    if not path or page.importing.pending:
        return
    page.exchange_status.clear()
    page.error_label.clear()
    _exchanging(page, True)
    CollectionOp(page.ctx, lambda s: refi_qda.read_codebook(s, Path(path))).with_busy(page.importing) \
        .success(partial(_imported, page, Path(path).name)).failure(partial(_import_failed, page)).run_in_background()


def _exchanging(page: CodebookPage, busy: bool) -> None:
    for button in (page.import_btn, page.export_btn):
        button.setEnabled(not busy)


def _import_failed(page: CodebookPage, exc: BaseException) -> None:
    _exchanging(page, False)
    page._failed(exc)


def _imported(page: CodebookPage, name: str, codes: list[Code]) -> None:
    _exchanging(page, False)
    count = len(codes)
    if not count:
        say(page.exchange_status, lambda: QCoreApplication.translate(
            "CodebookPage", "The file holds no codes: nothing was imported."))
        return
    say(page.exchange_status, lambda: QCoreApplication.translate(
        "CodebookPage", "Codebook imported from {file} (codes: {count}).").format(
        file=shown_path(name), count=page.ctx.language.format_number(count)))


def export_qdc(page: CodebookPage) -> None:
    translate = QCoreApplication.translate
    path, _ = QFileDialog.getSaveFileName(page, translate("CodebookPage", "Export codebook"),
                                          default_path("codebook.qdc"),
                                          translate("CodebookPage", "REFI-QDA codebook (*.qdc)"))
    if not path:
        return
    target = with_suffix(path, ".qdc")
    lang = str(page.ctx.language.language)
    page.error_label.clear()
    page.exchange_status.clear()
    try:
        read_now(page.ctx, lambda s: refi_qda.write_codebook(s, target, lang))
    except refi_qda.QdcError as exc:
        page.error_label.setText(page.error_text(exc))
    except OSError as exc:
        page.error_label.setText(write_failure_text(exc))
    else:
        say(page.exchange_status, lambda: QCoreApplication.translate(
            "CodebookPage", "Codebook written: {file}").format(file=shown_path(target)))
