"""A splitter's parts kept at given shares of its width until the person drags its handle.

``QSplitter.setSizes`` given before a page has its size is spread again by the size hints and stretch
factors once the page is laid out (a page is built at one size and shown at another): the Codebook's
tree took three fifths of the width whatever it needed, and at 24 points the code's fields were left
200 pixels ("ctoral system"). Here the shares are applied after each resize, until the handle moves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter


class SplitterShares(QObject):
    """Keeps ``splitter``'s parts at ``shares`` (any units) of its length, within their smallest sizes."""

    def __init__(self, splitter: QSplitter, shares: list[int]) -> None:
        super().__init__(splitter)
        self._splitter, self._shares = splitter, shares
        self.dragged = False
        splitter.splitterMoved.connect(self._on_moved)
        splitter.installEventFilter(self)

    def _on_moved(self, _pos: int, _index: int) -> None:
        self.dragged = True  # the person's choice holds from now on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize and not self.dragged:
            QTimer.singleShot(0, self, self.apply)  # after the splitter has spread its new size its own way
        return False

    def apply(self) -> None:
        sizes = self._splitter.sizes()
        total, parts = sum(sizes), sum(self._shares)
        if total <= 0 or self.dragged:
            return
        wanted = [total * share // parts for share in self._shares]
        if wanted != sizes:
            self._splitter.blockSignals(True)  # not a drag: splitterMoved is the person's alone
            self._splitter.setSizes(wanted)
            self._splitter.blockSignals(False)
