"""The Codebook page's refusals: a codebook change or a .qdc file refused, said in one translated line
under the panel (moved from coding/codebook_page.py; the words keep the page's context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.codebook import CodebookError
from desktop.exports import refi_qda
from desktop.ui.qt_i18n import active_language
from desktop.ui.widgets.live_words import say

if TYPE_CHECKING:
    from desktop.ui.coding.codebook_page import CodebookPage


def failed(page: CodebookPage, exc: BaseException) -> None:
    """``exc`` said on the page's error line; anything but a refusal or an unreadable file is raised."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
    if isinstance(exc, OSError):  # a codebook file to import that cannot be read
        say(page.error_label, lambda: translate("CodebookPage", "The file could not be read."))
        return
    if not isinstance(exc, CodebookError | refi_qda.QdcError):
        raise exc
    page.error_label.setText(error_text(exc))


def error_text(exc: CodebookError | refi_qda.QdcError) -> str:
    """The refusal in the interface language. The core's messages are the catalogue's keys; one
    with facts added (an XML parser's position) has no translation: the general sentence then,
    so an Arabic or Kurdish screen never shows an English line."""
    translate = QCoreApplication.translate
    if isinstance(exc, CodebookError):
        context, general = "Codebook", translate("CodebookPage", "The codebook was not changed.")
    else:
        context, general = "Qdc", translate("CodebookPage", "This file is not a REFI-QDA codebook that Majlis can read.")
    message = str(exc)
    translated = QCoreApplication.translate(context, message)
    if translated == message and active_language() != "en":
        return general
    translated = translated[:1].upper() + translated[1:]  # the core's lines are written for the CLI
    return translated if translated.endswith((".", "?", "!", "؟")) else translated + "."
