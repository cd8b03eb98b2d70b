"""One question before typing not saved is replaced or left behind: Save, Discard or Cancel.

Asked by a page when another of its rows is chosen, or when the main window shows another page or
closes (``Page.may_leave``): the typing was gone without a word. Save is the default (Enter keeps the
work); Esc is Cancel, which keeps the typing where it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def settle_typing(parent: QWidget, title: str, question: str, *, save: Callable[[], bool],
                  discard: Callable[[], object]) -> bool:
    """Ask ``question``; True when the person may go on: Discard (``discard`` is called) or Save and
    ``save`` stored the typing (it returns True). False for Cancel, or a save refused (``save`` has
    said why): the typing stays."""
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    answer = QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Discard:
        discard()
        return True
    return answer == QMessageBox.StandardButton.Save and save()
