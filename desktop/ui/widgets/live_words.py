"""A line on screen that stays in the interface's language.

A screen sets most of its words again in ``retranslate()`` on a language switch, but a line that
says what just happened (a save that failed, a value refused) was written once, in the language of
that moment, and stayed in it: switched to Kurdish, an editor still said "Not saved yet…" in
Arabic. ``say(label, words)`` with ``words`` a function that makes the line (``lambda:
self.tr(…)``) shows it now and asks the function again after each language switch. A line set
any other way (``setText``, ``say`` with a plain string) stops the following. (The Sync page's
results log keeps a list of such lines the same way: desktop/ui/sync/results_log.py.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

Words = Callable[[], str]  # the line, made in the language of the moment
_FOLLOWER = "live_words"


def made(words: str | Words) -> str:
    return words() if callable(words) else words


def _show_on(label: QLabel) -> Callable[[str], None]:
    def show(text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)

    return show


class _Follower(QObject):
    """Watches one label for LanguageChange (sent to every widget of a window after a switch)."""

    def __init__(self, label: QLabel, show: Callable[[str], None]) -> None:
        super().__init__(label)
        self.setObjectName(_FOLLOWER)
        self.label = label
        self.show = show
        self.words: Words | None = None
        self.shown = ""
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.LanguageChange and self.words is not None:
            if self.label.text() == self.shown:
                self.say(self.words)
            else:  # set meanwhile by other means: no longer this line's
                self.words = None
        return False

    def say(self, words: str | Words) -> None:
        self.words = words if callable(words) else None
        self.shown = made(words)
        self.show(self.shown)


def say(label: QLabel, words: str | Words, show: Callable[[str], None] | None = None) -> None:
    """Show ``words`` on ``label`` (through ``show``: by default its text and accessible name); a
    function is asked again after every language switch."""
    follower = label.findChild(QObject, _FOLLOWER)
    if not isinstance(follower, _Follower):
        if not callable(words):  # nothing to follow yet (most lines, and every cleared one)
            (show or _show_on(label))(words)
            return
        follower = _Follower(label, show or _show_on(label))
    follower.say(words)
