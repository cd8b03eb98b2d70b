"""A drop-down list whose choice takes effect only when a person makes it: from the open list.

Qt's closed combo box changes its choice under the arrow keys, Page Up/Down, Home/End, a letter typed
and the wheel, each change applied at once. For the interface language that was a trap: Ctrl+9 put the
keyboard in the Settings page's language box, and one press of Down switched the whole interface to a
language the person may not read, the way back written in it. Here those keys open the list instead,
the letter typed moving to the first name it begins; in the open list the keys only move the
highlight, Enter (or a click) chooses and Escape leaves the choice as it was. The wheel never turns it:
it scrolls the page under the pointer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets.wheel_guard import ChoiceBox

# The keys with which a closed QComboBox moves to another item (QComboBox::keyPressEvent).
MOVES = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                   Qt.Key.Key_Home, Qt.Key.Key_End})
SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


class DeliberateChoiceBox(ChoiceBox):
    """A combo box the keyboard opens rather than turns: its choice changes only from the open list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shortcut = bool(event.modifiers() & SHORTCUT_MODIFIERS)
        typed = event.text() if event.text().isprintable() and event.text().strip() else ""
        if self.isEditable() or shortcut or not (event.key() in MOVES or typed):
            super().keyPressEvent(event)
            return
        self.showPopup()
        if typed:
            self.view().keyboardSearch(typed)  # "E": the highlight on English, not yet chosen
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # passed on to the page, which scrolls
