"""A list whose height, as its layout is asked for it, is a whole number of its rows.

A list takes Qt's usual 192 pixels where its page is laid out from the widgets' wishes (a page in a scroll
area): the roster's rows are 21 pixels high in English and 23 in Arabic and Kurdish, and the last row in
sight was cut through the middle, a device's name and fingerprint half drawn at the frame's edge. It asks
for as many whole rows as fit in that height (the rows measured as laid out, a wrapped one too); the list
scrolls a row at a time, so none is cut at its bottom edge while it is at its top.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget


class WholeRowsList(QListWidget):
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        frame = 2 * self.frameWidth()
        room = max(hint.height(), self.minimumHeight()) - frame
        used = 0
        for row in range(self.count()):
            height = self.sizeHintForRow(row)
            if used + height > room:
                return QSize(hint.width(), min(max(used + frame, self.minimumHeight()), self.maximumHeight()))
            used += height
        return hint  # every row in sight: none cut
