"""One question before something is removed: Yes or No, with No as the default (Enter or Esc
does not remove anything by accident)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_removal(parent: QWidget, title: str, question: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
