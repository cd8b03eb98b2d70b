"""A session editor's top row: Back and the title (and the status) on one line, the session's actions
beside them where the editor's width holds them all, under them where it does not.

At 24 points on a 1366x768 laptop at 150 % the row stood on one line however narrow the editor: Back,
the title at its least, the status and "Session actions" asked ~12 pixels more than the editor's frame
in Kurdish and ~100 in English, and the whole editor scrolled sideways, its far side out of sight. A
shorter Back (an arrow alone) lost its word at every size; a shorter least title was not enough. The
row is now a ``StackingRow`` of two parts, in reading order (right to left in Arabic and Kurdish):
Back with the title, then the actions, which go on to a second line when there is no room beside.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.ui.widgets.stacking_row import StackingRow


def top_row(lead: list[tuple[QWidget, int]], actions: QWidget, parent: QWidget) -> StackingRow:
    """``lead`` (widget, stretch) on one line, ``actions`` beside it or under it (see the module). The
    Tab order is the caller's to set after this (moving the widgets here changes Qt's default one)."""
    first = QWidget(parent)
    line = QHBoxLayout(first)
    line.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in lead:
        line.addWidget(widget, stretch)
    row = StackingRow([(first, 1), (actions, 0)], parent)
    row.setObjectName("session_top_row")
    return row
