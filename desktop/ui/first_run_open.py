"""The first-run wizard's way to a database that is already there (a colleague's database on a USB
stick, a copy brought to a new laptop): only ``--db`` opened one, and the wizard made a new, empty one.
The file dialog is the unlock window's; the choice leaves the wizard for that file's unlock window,
which remembers it as the database opened last once it is unlocked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.ui.unlock import ask_for_database


class OpenExistingButton(QPushButton):
    """Emits ``chosen(path)`` with the database file chosen; nothing when the dialog is cancelled."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_existing_database")
        self.setFlat(True)
        self.clicked.connect(self._ask)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("&Open an existing database…"))
        self.setAccessibleName(self.tr("Open an existing database"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _ask(self) -> None:
        path = ask_for_database(self, None)
        if path is not None:
            self.chosen.emit(path)
