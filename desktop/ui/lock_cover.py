"""While the main window is locked, no other window of Majlis stays on screen.

A coding window shows a session's transcript; the consent form, a conflict's two versions, a
question about a participant are dialogs over the main window. Locking only the main window left
them readable and usable on an unattended laptop. On lock, a window that stands on its own (a coding
window, the help) is hidden and comes back at unlock; a dialog that waits for an answer is cancelled
(hidden, its ``exec()`` would return with nothing to come back to), as if the person had pressed
Cancel: nothing half-done is stored, and the person starts it again after unlocking.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def hide_other_windows(main: QWidget) -> list[QWidget]:
    """Hide or cancel every visible window of the application but ``main``; return those to show
    again at unlock."""
    hidden: list[QWidget] = []
    for window in QApplication.topLevelWidgets():
        if window is main or not window.isVisible() or window.windowType() not in _WINDOW_TYPES:
            continue
        if window.windowModality() != Qt.WindowModality.NonModal and isinstance(window, QDialog):
            window.reject()  # its exec() returns as for Cancel
            continue
        window.hide()
        hidden.append(window)
    return hidden


def show_again(windows: list[QWidget]) -> None:
    for window in windows:
        if shiboken6.isValid(window):  # a window closed meanwhile (its owner went away) stays gone
            window.show()
