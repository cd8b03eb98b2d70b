"""A scroll area that brings into view whatever part of it takes the keyboard's focus, however it took it.

Qt's own scrolls only for a Tab pressed inside the area: Alt and a label's letter, Tab round from a
dialog's last button, a window's first focus put it on a part below the fold, out of sight, the arrows
and Enter working blind (the Sync page's tables at 1366x768; the first-run wizard's pages at 24 points).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


class FocusFollower(QObject):
    """Made a child of ``area``: it goes with it, and Qt drops its connection then."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)  # a bound method: gone with this object

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.area):
            return  # the area is being destroyed (its children go last), its focus given up on the way
        inner = self.area.widget()
        if new is None or inner is None or not inner.isAncestorOf(new):
            return
        if old is not None and not old.isEnabled():
            # Moved on by Qt because the focused button was disabled (Import greyed as an import starts),
            # not by the person: the page shows what it brings into view then (the progress bar).
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # clicked: it is in sight already
        QTimer.singleShot(0, new, lambda: self._bring(new))  # once the layouts have placed it

    def _bring(self, part: QWidget) -> None:
        """Whole where it fits (ensureWidgetVisible shows only a table's current cell, or nothing when it
        has none: the table stayed below the fold); a part taller than the view, its top if none shows."""
        if not shiboken6.isValid(self.area) or not shiboken6.isValid(part):
            return
        inner = self.area.widget()
        if inner is None or not part.hasFocus() or not inner.isAncestorOf(part):
            return
        layout = inner.layout()
        if layout is not None:
            layout.activate()
        top = part.mapTo(inner, QPoint(0, 0)).y()
        bottom, shown = top + part.height(), self.area.viewport().height()
        bar = self.area.verticalScrollBar()
        if part.height() <= shown:
            if top < bar.value():
                bar.setValue(top)
            elif bottom > bar.value() + shown:
                bar.setValue(bottom - shown)
        elif bottom <= bar.value() or top >= bar.value() + shown:
            bar.setValue(top)
