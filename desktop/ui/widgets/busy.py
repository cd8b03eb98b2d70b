"""A page's busy look while its data loads on the worker: shown only when the wait is noticeable.

Anki's rule (``qt/aqt/progress.py``): nothing for work under 300 ms, so quick loads never flicker;
after that a "Loading…" note over the page and a busy cursor, until the last load has arrived. The
page itself is on screen at once and keeps painting; only its data comes later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

BUSY_AFTER_MS = 300

STYLE = ("QLabel#busy_note { background: palette(tool-tip-base); color: palette(tool-tip-text);"
         " border: 1px solid palette(mid); border-radius: 4px; padding: 6px 14px; }")


class BusyState(QObject):
    """``begin()`` when a load starts, ``end()`` when it arrived; loads may overlap."""

    def __init__(self, owner: QWidget, after_ms: int = BUSY_AFTER_MS,
                 words: Callable[[], str] | None = None) -> None:
        super().__init__(owner)
        self._owner = owner
        self._words = words  # what the note says, when not "Loading…" (a change under way)
        self._pending = 0
        self.shown = False  # the busy look is on screen now (tests read this)
        self.note = QLabel(owner)
        self.note.setObjectName("busy_note")
        self.note.setStyleSheet(STYLE)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setHidden(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(after_ms)
        self._timer.timeout.connect(self._show)
        owner.installEventFilter(self)  # keep the note centred when the page is resized

    @property
    def pending(self) -> bool:
        return self._pending > 0

    def begin(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self._timer.start()

    def end(self) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self._timer.stop()
            if self.shown:
                self.shown = False
                self.note.setHidden(True)
                self._owner.unsetCursor()

    def _show(self) -> None:
        if not self._pending:
            return
        self.shown = True
        self.note.setText(self._words() if self._words is not None else self.tr("Loading…"))
        self.note.setAccessibleName(self.note.text())
        self._place()
        self.note.setHidden(False)
        self.note.raise_()
        self._owner.setCursor(Qt.CursorShape.BusyCursor)

    def _place(self) -> None:
        self.note.adjustSize()
        x = max(0, (self._owner.width() - self.note.width()) // 2)
        self.note.move(x, max(0, self._owner.height() // 3))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An owner without a parent (a dialog) that Python drops is hidden while Qt deletes it, and those
        # events (hide, deactivation, focus) still come here after Python has cleared this object's
        # attributes. Only a resize concerns the note, and only while the attributes are there.
        if event.type() != QEvent.Type.Resize:
            return False
        if watched is getattr(self, "_owner", None) and getattr(self, "shown", False):
            self._place()
        return False
