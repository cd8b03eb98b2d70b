"""The Sync page's contents in a scroll area: a coordinator's page holds a lot (outbox, import,
devices, conflicts, roster, results), and on a 768-pixel laptop screen it scrolls instead of forcing
the window taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.widgets.focus_follower import FocusFollower


class FocusFollowingScroll(QScrollArea):
    """A scroll area that brings into view whatever part of it takes the keyboard's focus, however it
    took it: Qt's own scrolls only for Tab, and Alt and a label's letter (Alt+C, Open conflicts) put
    the focus on a table below the fold at 1366x768, out of sight, the arrows and Enter working blind."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.follower = FocusFollower(self)


def scrolled(page: QWidget) -> QScrollArea:
    """A frameless scroll area filling ``page``; its contents are made in its ``viewport()`` and then
    set with ``setWidget``. Made there, not moved there once built: under the application's style sheet
    Qt styles every widget of a moved tree again (the Sync page's whole contents, a sixth of its build)."""
    scroller = FocusFollowingScroll(page)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    # No Tab stop of its own: Tab stopped on the scroll area itself, nameless (a screen reader says
    # only "scroll area"), at the centre and on a laptop. The page's buttons, lists and tables are
    # the stops, and the scroll area brings the one Tab reaches into view.
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroller)
    return scroller
