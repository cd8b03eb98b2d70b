"""A window's first size, within the screen it opens on.

Sizes in Qt are logical pixels: a 1366x768 laptop at 150 % display scaling (common in the field) is a
screen of 911x512 of them, less the task bar, and at 125 % one of 1093x614. A window made 900x700 or
1180x760 there opened with its bottom (a dialog's OK and Cancel, the wizard's Next) under the task bar
or past the screen's edge, out of reach of the mouse and hard to find from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

# What a window's frame and title bar take around its contents, which a window's size leaves out (on
# Windows at 150 %: about 8 logical pixels each side and 31 of title bar).
FRAME = QSize(16, 40)


def room(window: QWidget) -> QSize:
    """The largest contents size a window can have on its screen with its frame and title bar in view."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (a platform without one): nothing to fit into
        return QSize(10**6, 10**6)
    available = screen.availableGeometry().size()
    return QSize(max(available.width() - FRAME.width(), 1), max(available.height() - FRAME.height(), 1))


def fit_resize(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, or smaller where its screen is smaller."""
    most = room(window)
    window.resize(min(width, most.width()), min(height, most.height()))


def widen_if_too_tall(box: QMessageBox) -> None:
    """A message box that opened taller than its screen, made as wide as the screen allows (and so
    shorter). Qt keeps a message box about the screen's width less 480 pixels wide on a small screen (431
    on a 1366x768 laptop at 150 %): a long explanation at a larger text size ran its buttons under the
    task bar. Called once the box is shown (its size is Qt's then)."""
    most = room(box)
    labels = [label for name in ("qt_msgbox_label", "qt_msgbox_informativelabel")
              if (label := box.findChild(QLabel, name)) is not None and label.text()]
    if box.height() <= most.height() or not labels:
        return
    widest = max(label.width() for label in labels)
    width = widest + max(most.width() - box.width(), 0)  # the box as wide as the screen, its labels with it
    if width <= widest:
        return
    for label in labels:
        label.setMinimumWidth(width)
    box.setInformativeText(box.informativeText())  # Qt sizes the box again for the wider lines
