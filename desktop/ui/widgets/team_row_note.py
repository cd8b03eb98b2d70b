"""The line shown beside a row the centre publishes (a team code, organisation or consent form) on a
laptop in its team, where the controls that would change it are read-only.

The laptop refuses such a change when it is saved (core/team_rows.py); with the controls left
editable a facilitator typed a whole new definition or form text and only then learnt it could not be
kept. One widget, so the three pages say it in the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class TeamRowNote(WordWrapLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_row_note")
        self.setVisible(False)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setText(self.tr("Published by the centre: changes come from the coordinator in team updates."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
