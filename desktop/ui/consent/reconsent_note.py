"""What changed in the consent form since the version a participant agreed to, said to the facilitator
who asks them again (re-consent): the clauses new, removed, reworded, made required or no longer, each
by its name in the interface language, with what the participant answered to it before and, for a
reworded one, its earlier words (worded in desktop.ui.labels.consent_changes)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.consent_changes import FormChanges
from desktop.ui.labels.consent_changes import changes_text
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class ReconsentNote(WordWrapLabel):
    """Hidden unless the participant consented before on an older version of the form shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconsent_changes")
        self.setStyleSheet("QLabel { border: 1px solid #b26a00; padding: 6px; }")
        self.changes: FormChanges | None = None
        self.pseudonym = ""
        self.setVisible(False)

    def show_changes(self, changes: FormChanges | None, pseudonym: str) -> None:
        self.changes, self.pseudonym = changes, pseudonym
        self.retranslate()

    def retranslate(self) -> None:
        self.setVisible(self.changes is not None)
        self.setText(changes_text(self.changes, self.pseudonym) if self.changes is not None else "")
