"""A message line brought into sight when something is said on it, the keyboard's focus left where it is.

At 20 points on a laptop at 150 % the focus-group and roundtable editors are taller than their frame,
which scrolls. The focus-group editor's message line is at its foot: Withdraw consent… with nobody
selected said "Select a participant first." below the fold, and nothing seemed to happen; the roundtable's
"Not saved yet: …" at its top was out of sight while the person worked in a table further down. Each frame
the line is in scrolls by the least that shows it whole (Qt's ``ensureWidgetVisible``), once the layouts
have given it its lines; nothing takes the focus.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QScrollArea


def bring_into_sight(line: QLabel) -> None:
    """Scroll the frames ``line`` is in to show it, if it says something, after the layouts have placed it."""
    if line.text():
        QTimer.singleShot(0, line, lambda: _bring(line))


def _bring(line: QLabel) -> None:
    if not shiboken6.isValid(line) or not line.isVisible():
        return
    frames: list[QScrollArea] = []
    parent = line.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and (inner := parent.widget()) is not None and inner.isAncestorOf(line):
            frames.append(parent)
        parent = parent.parentWidget()
    for frame in frames:  # the nearest first: an outer frame then shows where the inner one has put it
        inner = frame.widget()
        layout = inner.layout() if inner is not None else None
        if layout is not None:
            layout.activate()
        frame.ensureWidgetVisible(line, 0, 0)

