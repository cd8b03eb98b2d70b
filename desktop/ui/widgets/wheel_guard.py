"""Boxes the mouse wheel turns only once the person has put the keyboard in them (clicked or tabbed
there); over any other, the wheel scrolls the page or list under the pointer, as Windows' own boxes do.

Qt's combo boxes, spin boxes and sliders take every wheel turn that passes over them, and take the
keyboard with it: scrolling a long form (the Settings page at a large text size, a roundtable's
details, a recommendation's outreach) changed the interface language, a session's date or a
governorate whenever a box passed under the pointer, without the person noticing. Subclasses rather
than an event filter: the check runs for wheel events only, never for the boxes' other events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QSlider, QWidget


def wheel_needs_focus(box: QWidget) -> None:
    """Keep the wheel from giving ``box`` the keyboard (Qt's boxes take it by the wheel, and the next
    notch then turns them); a click or Tab still does."""
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def passes_wheel_on(box: QWidget, event: QWheelEvent) -> bool:
    """True (and the event left to the widgets under ``box``) when ``box`` has not the keyboard."""
    if box.hasFocus():
        return False
    event.ignore()  # Qt offers an ignored wheel event to the parent: the page or list scrolls
    return True


class ChoiceBox(QComboBox):
    """A combo box that the wheel turns only when it has the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wheel_needs_focus(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not passes_wheel_on(self, event):
            super().wheelEvent(event)


class ChoiceSlider(QSlider):
    """A slider that the wheel moves only when it has the keyboard."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        wheel_needs_focus(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not passes_wheel_on(self, event):
            super().wheelEvent(event)

