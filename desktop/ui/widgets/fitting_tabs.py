"""Tabs whose names stay in sight when the tab bar is too narrow for them all: shortened, the longest first.

At 20 points on a 1366x768 laptop at 150 % Qt's tab bars ran past their width and showed scroll arrows:
Reports' last tab read "earch" or was out of sight, Agreement behind the arrows; the Recommendations
page, the roundtable and focus-group editors (Import text… beside their tabs) alike, and in Arabic and
Kurdish at 24 points. Here no tab is behind an arrow: where the names do not fit, the longest are cut
short ("Co-occu…") down to what the bar has room for, the short ones stay whole, and a cut tab has its
whole name in its tooltip (a screen reader reads the whole name as before).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyleOptionTab, QTabBar, QTabWidget, QWidget


def whole_name(text: str) -> str:
    """A tab's name as read: without the '&' of its Alt key ('&&' is an '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class FittingTabBar(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)  # the end of the name, in either direction
        self._least = False  # measuring a tab's least (Qt asks tabSizeHint for its name cut short)
        self._shortfall: dict[tuple[str, str], int] = {}  # (name, font): the pixels Qt's measure is short by

    def whole(self, index: int) -> QSize:
        """The room a tab asks to show its name whole. Qt measures a name with its Alt key's '&' inside an
        Arabic-script word ('بڕی&ارەکان', 7 pixels at 20 points) shorter than it draws it, and drew it cut
        in a tab as wide as it asked. The tab asks for those pixels too."""
        hint = super().tabSizeHint(index)
        return QSize(hint.width() + self._short_by(self.tabText(index)), hint.height())

    def _short_by(self, text: str) -> int:
        key = (text, self.font().key())
        if key not in self._shortfall:
            metrics = self.fontMetrics()
            width = metrics.size(Qt.TextFlag.TextShowMnemonic, text).width()
            extra = 0
            while extra < 16 and metrics.elidedText(text, Qt.TextElideMode.ElideRight, width + extra,
                                                   Qt.TextFlag.TextShowMnemonic) != text:
                extra += 1
            self._shortfall[key] = extra
        return self._shortfall[key]

    def sizeHint(self) -> QSize:
        """The room for every name whole: the tab widget gives the bar that, or as much as it has."""
        hint = super().sizeHint()
        if not self._across():
            return hint
        return QSize(sum(self.whole(i).width() for i in range(self.count())), hint.height())

    def _cap(self) -> int | None:
        """The widest a tab may be for all to fit the bar's width, the short ones whole (None: all fit)."""
        widths = sorted(self.whole(i).width() for i in range(self.count()))
        room = self.width()
        if room <= 0 or sum(widths) <= room:
            return None
        for k, width in enumerate(widths):
            if width * (len(widths) - k) > room:
                return room // (len(widths) - k)
            room -= width
        return None

    def tabSizeHint(self, index: int) -> QSize:
        hint = self.whole(index)
        if self._least or not self._across():
            return hint
        cap = self._cap()
        if cap is None or hint.width() <= cap:
            return hint
        self._least = True
        try:
            least = self.minimumTabSizeHint(index).width()
        finally:
            self._least = False
        return QSize(max(cap, least), hint.height())

    def _across(self) -> bool:
        return self.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth)

    def is_cut(self, index: int) -> bool:
        """Whether the tab's name is drawn cut short (as Qt paints it)."""
        option = QStyleOptionTab()
        self.initStyleOption(option, index)
        return option.text != self.tabText(index)

    def tabLayoutChange(self) -> None:
        """A cut tab's tooltip is its whole name; a tab shown whole again loses the tooltip this bar gave
        it (the tab's data holds that tooltip: it goes with the tab when tabs move). A tooltip of a tab's
        own is left as it is."""
        super().tabLayoutChange()
        for i in range(self.count()):
            given = self.tabData(i) if isinstance(self.tabData(i), str) else None
            own = bool(self.tabToolTip(i)) and self.tabToolTip(i) != given
            if own:
                continue
            if self.is_cut(i):
                name = whole_name(self.tabText(i))
                if name != given:
                    self.setTabData(i, name)
                    self.setTabToolTip(i, name)
            elif given is not None:
                self.setTabData(i, None)
                self.setTabToolTip(i, "")


class FittingTabs(QTabWidget):
    """A QTabWidget with a FittingTabBar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(FittingTabBar(self))
