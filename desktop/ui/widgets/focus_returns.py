"""The keyboard comes back to a button greyed while its work ran.

A button pressed from the keyboard is greyed while its work runs (an import, an export, a team update
written, an approval). Qt does not leave the keyboard on a greyed widget: it hands it on down the Tab
chain, often to the next button. On the Sync page a coordinator who exported a bundle with Space stood
on Publish team update…, and Space again published one; after an import the keyboard was in the devices
table, far down the page, and after publishing on Import bundles….

:class:`FocusReturns` watches one part of a window: when a widget in it loses the keyboard because it
was greyed, and is enabled again while the keyboard is still where Qt put it (no one moved it since),
the keyboard goes back to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


class FocusReturns(QObject):
    """Installed once on ``root`` (a page); it goes with it."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        self._origin: QWidget | None = None  # greyed while it had the keyboard
        self._now: QWidget | None = None  # where Qt put the keyboard then (or after, greyed in turn)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._moved)

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self) or not isValid(self._root):
            return
        greyed = old is not None and isValid(old) and not old.isEnabled()
        if greyed and old is not None and old is self._now and self._origin is not None:
            self._now = new  # handed on again: the next widget was greyed too (Import, then Import a folder…)
        elif greyed and old is not None and self._root.isAncestorOf(old):
            self._forget()
            self._origin, self._now = old, new
            old.installEventFilter(self)
        elif self._origin is not None and old is self._now:
            self._forget()  # moved on by the person (Tab, a click, another window)

    def _forget(self) -> None:
        if self._origin is not None and isValid(self._origin):
            self._origin.removeEventFilter(self)
        self._origin = self._now = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._origin and event.type() == QEvent.Type.EnabledChange
                and self._origin is not None and self._origin.isEnabled()):
            origin, now = self._origin, self._now
            self._forget()
            here = QApplication.focusWidget()
            if here is now or (here is None and now is None):
                origin.setFocus(Qt.FocusReason.OtherFocusReason)
        return False
