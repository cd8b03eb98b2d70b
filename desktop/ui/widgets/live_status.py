"""A status-bar message that stays in the interface's language (the status bar's live_words).

``QStatusBar.showMessage`` takes a finished string: the main window's notices (an older copy of
this laptop's database, an export written or refused, a PDF, the end of a study's identities) were
said once, in the language of that moment, and stayed in it after a switch from Arabic to Kurdish
for the rest of their 10 to 60 seconds. ``show(window, words, timeout)`` with ``words`` a function
making the line (``lambda: self.tr(…)``) shows it now and makes it again after each language
switch, for the time that is left. A message shown any other way meanwhile, or gone at its
timeout, ends the following.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

from desktop.ui.widgets.live_words import Words, made

_FOLLOWER = "live_status"


class _Follower(QObject):
    """Watches the status bar for LanguageChange (sent to every widget of the window on a switch)."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.setObjectName(_FOLLOWER)
        self.bar = bar
        self.words: Words | None = None
        self.shown = ""
        self.timeout = 0
        self.clock = QElapsedTimer()
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange and self.words is not None:
            if self.bar.currentMessage() == self.shown and self.shown:
                left = 0 if self.timeout <= 0 else max(1, self.timeout - self.clock.elapsed())
                self.shown = made(self.words)
                self.bar.showMessage(self.shown, left)
                self.timeout, self.clock = left, QElapsedTimer()
                self.clock.start()
            else:  # replaced by another message, or gone at its timeout
                self.words = None
        return False

    def show(self, words: str | Words, timeout: int) -> None:
        self.words = words if callable(words) else None
        self.shown, self.timeout = made(words), timeout
        self.clock.start()
        self.bar.showMessage(self.shown, timeout)


def show(window: QWidget, words: str | Words, timeout: int = 0) -> None:
    """Show ``words`` in the status bar of ``window`` (or of the main window it is in) for
    ``timeout`` ms (0: until replaced); a function is asked again after every language switch."""
    main = window if isinstance(window, QMainWindow) else window.window()
    if not isinstance(main, QMainWindow):
        return  # not (yet) in a main window: no status bar to speak in
    bar = main.statusBar()
    follower = bar.findChild(QObject, _FOLLOWER)
    if not isinstance(follower, _Follower):
        follower = _Follower(bar)
    follower.show(words, timeout)
