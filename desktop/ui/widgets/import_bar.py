"""The bar over a session editor whose session an import changed while typing there was not saved yet.

The editor keeps the typing on screen and saves nothing over the import (its autosave waits) until
the person chooses: Show theirs (the session as the import left it; the typing is dropped) or Keep
mine (the typing saved; what the import changed elsewhere in the session stays). It takes no focus:
it arrives while someone types, and the next keys must not land on a button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.widgets.word_wrap_label import WordWrapLabel

STYLE = ("QFrame#import_bar { background: #fff4ce; border: 1px solid #8a6d00; border-radius: 4px; }"
         " QLabel { color: #3d3000; font-weight: bold; }")


def choose_first() -> str:
    """Said when Finalise, a PDF or Import text… is pressed while the bar waits (nothing done)."""
    return QCoreApplication.translate(
        "ImportBar", "An import changed this session: choose Show theirs or Keep mine first.")


class ImportBar(QFrame):
    theirs = Signal()
    mine = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_bar")
        self.setStyleSheet(STYLE)
        self.text = WordWrapLabel(self)
        self.theirs_button = QPushButton(self)
        self.theirs_button.setObjectName("show_theirs")
        self.mine_button = QPushButton(self)
        self.mine_button.setObjectName("keep_mine")
        self.theirs_button.clicked.connect(self._theirs)
        self.mine_button.clicked.connect(self._mine)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addLayout(buttons)
        self.setHidden(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("This session was changed by an import. What you typed here is not saved yet."))
        self.setAccessibleName(self.text.text())
        self.theirs_button.setText(self.tr("Show t&heirs"))
        self.theirs_button.setToolTip(self.tr("Show the session as the import left it; what you typed here since "
                                              "it was last saved is dropped"))
        self.mine_button.setText(self.tr("&Keep mine"))
        self.mine_button.setToolTip(self.tr("Save what you typed here; what the import changed elsewhere in the "
                                            "session stays"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _theirs(self) -> None:
        self.setHidden(True)
        self.theirs.emit()

    def _mine(self) -> None:
        self.setHidden(True)
        self.mine.emit()
