"""A drop-down list as wide as its longest item, where the screen allows.

A ``QComboBox`` keeps the width it had when first shown (before a list filled later had its items), and
a row that is short of room squeezes it to its least width: at 24 points on a 1024x600 netbook the
focus group's speaker list showed "BSR-FG01-P03 (Ctrl+3)" in 277 of the 356 pixels it takes, and
Reports → Retrieval's code list was 149 pixels wide for codes of 527. This list follows its items and
asks for their width at least, up to a share of the screen's width (a code's name may be long: the page
would otherwise be wider than the screen); a row then puts its next part on another line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.wheel_guard import ChoiceBox


class WholeItemsCombo(ChoiceBox):
    def __init__(self, parent: QWidget | None = None, *, share: float = 0.5) -> None:
        super().__init__(parent)
        self.share = share  # of the screen's width, at most, that the list asks for at least
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        most = int(screen_fit.room(self).width() * self.share)
        return QSize(max(least.width(), min(self.sizeHint().width(), most)), least.height())
