"""The contract every main-window page follows, so pages can be written (and tested) on their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext


class Page(QWidget):
    """A screen reached from the main window's navigation.

    Subclasses set ``key``, build their widgets in ``__init__``, set every visible string in
    ``retranslate()`` (called once at the end of construction by the subclass and again on every
    language change), and reload from the database in ``refresh()``.
    """

    key = "page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every user-visible string again (after a runtime language switch)."""

    def refresh(self) -> None:
        """Reload what the page shows from the database."""

    def back_from_editor(self, session_id: str) -> None:
        """Shown again as the editor of ``session_id`` closes: read again (the Sessions list also puts
        the keyboard on that session)."""
        self.refresh()

    def may_leave(self) -> bool:
        """Asked before the main window shows another page or closes: False keeps this page on screen
        (typing not saved that the person chose to keep, or whose save was refused)."""
        return True

    def may_close(self, show: Callable[[], None], *, wait: bool) -> bool:
        """Asked of every page built, on screen or not, as the window closes (after the open editor and the
        page on screen): work the page handed to the database worker that came back refused out of sight,
        or (``wait``: the last asking, once nothing else runs) is still on its way, waited for. ``show``
        puts the page on screen before a question. False keeps the window open."""
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The page given the keyboard (Ctrl+1 … Ctrl+9, the navigation) passes it on to its first Tab
        stop, unless it names one (a focus proxy): held by the page itself, nothing was shown focused,
        nothing said by a screen reader, and Space or Enter did nothing until Tab was pressed."""
        super().focusInEvent(event)
        first = None if self.focusProxy() is not None else self.first_stop()
        if first is not None:
            first.setFocus(event.reason())

    def first_stop(self) -> QWidget | None:
        """The first widget of the page that Tab would stop on (shown, enabled, taking Tab), if any."""
        w = self.nextInFocusChain()
        for _ in range(10_000):  # the chain is a ring through the whole window: never round forever
            if w is self or w is None:
                return None
            if self.isAncestorOf(w) and w.isVisible() and w.isEnabled() and w.focusProxy() is None \
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return w
            w = w.nextInFocusChain()
        return None
