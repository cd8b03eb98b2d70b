"""The Codebook page's Merge into and Delete: each asks first, and says when typing not saved about
the code goes with it.

The code merged away or deleted takes what was typed about it in the panel and not saved: it was
dropped without a word once the code was gone (nothing is left to save it in). The question now says
so in a line of its own, and Yes lets the typing go at once (the panel shows the code's stored words),
so what the panel holds never stands for a code that is no more. The words keep the page's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core import codebook

if TYPE_CHECKING:
    from desktop.ui.coding.codebook_page import CodebookPage


def merge_current(page: CodebookPage) -> None:
    """The code shown merged into the one chosen beside Merge into, once the person says yes."""
    absorbed, survivor = page.current_id(), page.merge_combo.currentData()
    if not absorbed or not survivor:
        return
    lang = str(page.ctx.language.language)
    a, b = page.model.row_for(absorbed), page.model.row_for(str(survivor))
    translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
    question = translate("CodebookPage", "Merge “%1” into “%2”? All its segments move to “%2”.")
    question = question.replace("%1", a.name(lang) if a else "").replace("%2", b.name(lang) if b else "")
    if not _agreed(page, translate("CodebookPage", "Merge codes"), question):
        return
    page.run(lambda s: codebook.merge(s, absorbed, str(survivor)), lambda _: page.select_when_loaded(str(survivor)))


def delete_current(page: CodebookPage) -> None:
    """The code shown deleted (its segments with it), once the person says yes."""
    code_id = page.current_id()
    if code_id is None:
        return
    translate = QCoreApplication.translate
    question = translate("CodebookPage", "Delete this code and remove it from every segment it was applied to?")
    if not _agreed(page, translate("CodebookPage", "Delete code"), question):
        return
    page.run(lambda s: codebook.delete(s, code_id))


def _agreed(page: CodebookPage, title: str, question: str) -> bool:
    """Yes to ``question``, told first that the panel's typing not saved goes with the code; on Yes
    that typing is let go at once."""
    typed = page.shown_id == page.current_id() and page.has_typed()
    if typed:
        question += "\n\n" + QCoreApplication.translate(
            "CodebookPage", "What you typed about this code and did not save will be dropped.")
    if QMessageBox.question(page, title, question) != QMessageBox.StandardButton.Yes:
        return False
    if typed:
        page.forget_shown()
        page.show_current()  # the code's stored words, until it is gone
    return True
