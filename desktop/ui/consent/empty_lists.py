"""What the Consent page's two lists say while they are empty (desktop/ui/widgets/empty_words.py).

On a new database the page had no form and no record, and both lists were headings over empty white
boxes: nothing said that a form must be written first (New version…) or where consent is recorded. The
words keep the "ConsentPage" context (a literal in every call: lupdate reads no variable); nothing is
said before the page's first read, so a held register never flashes "none yet".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.widgets.empty_words import EmptyWords

if TYPE_CHECKING:
    from desktop.ui.consent.page import ConsentPage


class EmptyConsentLists:
    def __init__(self, page: ConsentPage) -> None:
        self.page = page
        self.read = False
        self.forms = EmptyWords(page.templates_view, self._forms, keep_height=True)
        self.records = EmptyWords(page.register_view, self._records, keep_height=True)
        page.loaded.connect(self._loaded)

    def _loaded(self) -> None:
        self.read = True
        self.forms.follow()
        self.records.follow()

    def _forms(self) -> str:
        if not self.read:
            return ""
        return QCoreApplication.translate(
            "ConsentPage", "No consent form yet. Press New version… to write the form participants agree to.")

    def _records(self) -> str:
        page = self.page
        if not self.read:
            return ""
        if page.all_rows:  # held, but the session, pseudonym or status chosen leaves none
            return QCoreApplication.translate("ConsentPage", "No record matches the filters.")
        return QCoreApplication.translate(
            "ConsentPage", "No consent recorded yet. Consent is recorded for each participant in a session, from "
            "its Participants or Attendance tab.")
