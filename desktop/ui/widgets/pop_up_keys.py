"""A shortcut of a widget and its children that leaves a key pressed in an open pop-up to the pop-up.

Qt matches a ``WidgetWithChildrenShortcut`` through Popup windows: with a combo box's list or a date
box's calendar of a session editor open, Alt+Left (Back to the list, as Escape) closed the editor and
left the pop-up open over the page that had gone; the editor's Ctrl+Shift+K and the transcript's
Ctrl+Shift+Delete and Ctrl+Shift+Backspace acted from inside an open list too. While a pop-up is open
the keys are its own (Qt gives every key to the open pop-up), so the key is handed to it instead: an
Escape closes the pop-up only, and a second one is the editor's as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget


def children_shortcut(keys: QKeySequence | str, owner: QWidget, slot: Callable[[], object]) -> QShortcut:
    """``slot`` on ``keys`` pressed in ``owner`` or any of its children, but not in an open pop-up."""
    shortcut = QShortcut(QKeySequence(keys), owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def activated() -> None:
        if not given_to_pop_up(shortcut):
            slot()

    shortcut.activated.connect(activated)
    return shortcut


def given_to_pop_up(shortcut: QShortcut) -> bool:
    """The shortcut's key sent to the pop-up that is open, as Qt would have sent it had the shortcut
    not taken it; False when no pop-up is open (the key is the shortcut's)."""
    pop_up = QApplication.activePopupWidget()
    if pop_up is None or shortcut.key().isEmpty():
        return False
    pressed = shortcut.key()[0]  # type: ignore[index]  # (QKeySequence's [] is missing from the stubs)
    target = pop_up.focusWidget() or pop_up
    # A key event sent by hand is matched against the shortcuts again: this one stands aside meanwhile.
    shortcut.setEnabled(False)
    try:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, pressed.key(), pressed.keyboardModifiers()))
    finally:
        shortcut.setEnabled(True)
    return True
