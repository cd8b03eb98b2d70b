"""A heavy part of a page (a tab, a side panel) built when it is first needed, not with the page.

Building widgets holds the UI thread: a page with four tabs and a side panel took a quarter of a
second to build on a busy laptop, most of it for parts nobody was looking at yet (DESIGN: no stall
over 100 ms). A ``LazyPanel`` stands where the part goes and builds it

- when code asks for it (``part()``): a page's accessors call it, so code and tests that use the
  part's widgets always find them built;
- in the event-loop turn after the panel is first shown (a tab chosen, the page shown): the turn that
  shows the page is not also the one that builds the part, so each stays short;
- or in a coming turn whether shown or not (``build_soon()``), for a part its owner needs soon
  anyway (an editor's fields, filled when its data arrives). Call it once the owner is on screen:
  showing a widget styles every child it has, shown or hidden, so parts built before the first
  show would only make that turn longer.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPanel(QWidget):
    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        """``build(panel)`` makes the part (with ``panel`` as its parent) and returns it."""
        super().__init__(parent)
        self._build: Callable[[QWidget], QWidget] | None = build
        self._part: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._part is not None

    def part(self) -> QWidget:
        """The part, built now if it was not yet."""
        if self._part is None:
            build, self._build = self._build, None
            assert build is not None  # a build that raised is not tried again
            self._part = build(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._part)
            if self.isVisible():
                self._part.show()
        return self._part

    def build_soon(self, then: Callable[[], object] | None = None) -> None:
        """Build in a coming event-loop turn; ``then`` runs after it (to chain the next part into the
        turn after, rather than build two parts in one)."""

        def build() -> None:
            self._build_if_alive()
            if then is not None and shiboken6.isValid(self):
                then()

        QTimer.singleShot(0, build)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._part is None:
            QTimer.singleShot(0, self._build_if_alive)

    def _build_if_alive(self) -> None:
        if shiboken6.isValid(self) and self._part is None:
            self.part()


def build_all_parts(root: QWidget) -> None:
    """Every lazy part under ``root`` built now, parts within parts too (screenshots, and the tests that
    walk every widget of a page)."""
    while pending := [p for p in root.findChildren(LazyPanel) if not p.built]:
        for panel in pending:
            panel.part()
