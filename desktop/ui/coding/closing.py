"""The coding window's closing: by Escape and Ctrl+W as by the title bar's ×, a memo not saved asked about.

The window closed only with the system's Alt+F4. Escape keeps its meanings inside the window first: the
code picker and the find bar take it when they have the keyboard, and one left open while the text has
it goes before the window does (a second Escape closes the window, as a session editor's pop-up takes
the first). Any other part (the text, the codebook, the codes at the cursor, the memo box) leaves Escape
unused, and it reaches the window. Ctrl+W closes from anywhere in it, not from an open pop-up
(pop_up_keys).

Closing saves a memo typed and not saved (memo_box.settled_for_close); one that cannot be saved is asked
about when a person closed the window (the ×, Escape, Ctrl+W), never when the program closes it (quitting).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent

from desktop.ui.widgets.pop_up_keys import children_shortcut

if TYPE_CHECKING:
    from desktop.ui.coding.workspace import CodingWorkspace

CLOSE_KEYS = "Ctrl+W"  # and Escape; listed in help/<lang>/coding-keys.html


class WindowCloser(QObject):
    def __init__(self, ws: CodingWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self._by_person = False  # a close asked for by a key: as the title bar's ×
        ws.installEventFilter(self)
        children_shortcut(CLOSE_KEYS, ws, self.close)

    def close(self) -> bool:
        """Close the window as its title bar's × does (a memo that cannot be saved is asked about)."""
        self._by_person = True
        try:
            return self.ws.close()
        finally:
            self._by_person = False

    def escape(self) -> None:
        if self.ws.picker.isVisible():
            self.ws.picker.hide()
        elif self.ws.find_bar.isVisible():
            self.ws.find_bar.close_bar()
        else:
            self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.ws:
            return False
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and not event.modifiers()):
            self.escape()  # no part of the window took it
            return True
        if event.type() == QEvent.Type.Close and isinstance(event, QCloseEvent):
            asked = (event.spontaneous() or self._by_person) and not QCoreApplication.closingDown()
            if not self.ws.memo.settled_for_close(self.ws.segments, may_ask=asked):
                event.ignore()  # the memo not saved: kept on screen, as the person chose
                return True
        return False
