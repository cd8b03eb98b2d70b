"""Tabs that ask for the room of the tab shown, not of the largest.

Qt's tab widget asks for the least room of its largest tab, shown or not: on a laptop at 150 % the
Reports page's Matrix made every tab (Retrieval's results too) scroll down the page, and at 1180x760 the
Recommendations tab (which needs 224 pixels) made its page 868 pixels tall for Advocacy activities, never
shown yet (its parts, not yet given a width, stacked one above the other): the page scrolled as a whole,
a second scroll bar beside the recommendation's own. Here a tab not shown ignores its size, and the tab
shown asks for its height at the width it has.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.widgets.fitting_tabs import FittingTabs


class CurrentTabSized(FittingTabs):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._size_by_current)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self._size_by_current()

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self._size_by_current()

    def _size_by_current(self, *_: object) -> None:
        current = self.currentWidget()
        for index in range(self.count()):
            tab = self.widget(index)
            policy = QSizePolicy.Policy.Preferred if tab is current else QSizePolicy.Policy.Ignored
            if tab is not None:
                tab.setSizePolicy(policy, policy)
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        current = self.currentWidget()
        if current is None:
            return super().heightForWidth(width)
        inner = width - max(0, self.width() - current.width())  # less the frame's sides
        asked = current.heightForWidth(inner) if current.hasHeightForWidth() else -1
        asked = max(asked, current.minimumSizeHint().height()) if asked >= 0 else current.sizeHint().height()
        bar = self.tabBar().sizeHint().height() if not self.tabBar().isHidden() else 0  # the chooser instead
        return asked + max(bar, self.height() - current.height())
