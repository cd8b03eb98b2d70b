"""The Sync page's contents in a scroll area: a coordinator's page holds a lot (outbox, import,
devices, conflicts, roster, results), and on a 768-pixel laptop screen it scrolls instead of forcing
the window taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget


class FocusFollowingScroll(QScrollArea):
    """A scroll area that brings into view whatever part of it takes the keyboard's focus, however it
    took it: Qt's own scrolls only for Tab, and Alt and a label's letter (Alt+C, Open conflicts) put
    the focus on a table below the fold at 1366x768, out of sight, the arrows and Enter working blind."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)  # a bound method: gone with this widget

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        inner = self.widget()
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
        inner = self.widget()
        if inner is None or not part.hasFocus() or not inner.isAncestorOf(part):
            return
        layout = inner.layout()
        if layout is not None:
            layout.activate()
        top = part.mapTo(inner, QPoint(0, 0)).y()
        bottom, shown = top + part.height(), self.viewport().height()
        bar = self.verticalScrollBar()
        if part.height() <= shown:
            if top < bar.value():
                bar.setValue(top)
            elif bottom > bar.value() + shown:
                bar.setValue(bottom - shown)
        elif bottom <= bar.value() or top >= bar.value() + shown:
            bar.setValue(top)


def scrolled(page: QWidget, content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area filling ``page``."""
    scroller = FocusFollowingScroll(page)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    # No Tab stop of its own: Tab stopped on the scroll area itself, nameless (a screen reader says
    # only "scroll area"), at the centre and on a laptop. The page's buttons, lists and tables are
    # the stops, and the scroll area brings the one Tab reaches into view.
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroller.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroller)
    return scroller
