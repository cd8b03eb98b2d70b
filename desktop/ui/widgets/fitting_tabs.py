"""Tabs whose names stay in sight when the tab bar is too narrow for them all: shortened, the longest first.

At 20 points on a 1366x768 laptop at 150 % Qt's tab bars ran past their width and showed scroll arrows:
Reports' last tab read "earch" or was out of sight, Agreement behind the arrows; the Recommendations
page, the roundtable and focus-group editors (Import text… beside their tabs) alike, and in Arabic and
Kurdish at 24 points. Here no tab is behind an arrow: where the names do not fit, the longest are cut
short ("Co-occu…") down to what the bar has room for, the short ones stay whole, and a cut tab has its
whole name in its tooltip (a screen reader reads the whole name as before).

At 24 points on that laptop in English the Reports page's names were cut to 3-4 letters ("Retr…", "Co-…")
and the tabs could not be told apart. Where the names would be cut that far (a cut tab keeping less than
half of its name), the tabs stand as a list beside the pages instead (where that leaves the pages half the
width), each name whole and written across as in a list, at the side where reading starts (the left in
English, the right in Arabic and Kurdish); they go back above the pages when the names fit again. Tabs with a widget in a corner of their bar
(Import text… beside the editors' tabs) stay above, where that widget has its place.

Beside the pages the list took 243 pixels of the Reports page at 24 points in English on that laptop,
and left its tabs 307 of the 483 they need (Retrieval's code list and dates): the whole page scrolled
sideways. An owner that places the tabs' ``chooser()`` (a drop-down list of the names, above the pages)
has it stand in for the names where the list beside would leave the pages less than they need: the
chosen name whole in it, every name whole in its list, the tab bar hidden. Others keep the list beside.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QStylePainter, QTabBar, QTabWidget, QWidget

from desktop.ui.widgets.wheel_guard import ChoiceBox

LEAST_SHOWN = 0.5  # a cut name keeps at least this share of its width, or the tabs stand beside the pages


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
        if not self._across():
            hint = hint.transposed()  # beside the pages a name is written across as well
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

    def too_cut(self, room: int) -> bool:
        """Whether, above pages ``room`` pixels wide, a tab's name would be cut to less than LEAST_SHOWN
        of it (the tabs then stand beside the pages)."""
        widths = sorted(self.whole(i).width() for i in range(self.count()))
        if not widths or room <= 0 or sum(widths) <= room:
            return False
        for k, width in enumerate(widths):
            if width * (len(widths) - k) > room:
                return room // (len(widths) - k) < widths[-1] * LEAST_SHOWN
            room -= width
        return False

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
        if not self._across():
            return self._beside_text(index, option) != self.tabText(index)
        return option.text != self.tabText(index)

    def _beside_text(self, index: int, option: QStyleOptionTab) -> str:
        """A name beside the pages, written across: whole, or cut to the tab's width when it is narrower."""
        text = self.tabText(index)
        short = self.whole(index).width() - option.rect.width()
        if short <= 1:
            return text
        metrics = self.fontMetrics()
        width = metrics.size(Qt.TextFlag.TextShowMnemonic, text).width() - short
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width), Qt.TextFlag.TextShowMnemonic)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Above the pages as Qt paints; beside them each tab's shape as Qt draws it at that side, and its
        name across, as above (Qt would turn it on its side)."""
        if self._across():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        order = [i for i in range(self.count()) if i != self.currentIndex()]
        if 0 <= self.currentIndex() < self.count():
            order.append(self.currentIndex())  # drawn last, over its neighbours, as Qt does
        for i in order:
            if not self.isTabVisible(i):
                continue
            option = QStyleOptionTab()
            self.initStyleOption(option, i)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabShape, option)
            option.text = self._beside_text(i, option)
            option.shape = QTabBar.Shape.RoundedNorth
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabLabel, option)

    def tabLayoutChange(self) -> None:
        """A cut tab's tooltip is its whole name; a tab shown whole again loses the tooltip this bar gave
        it (the tab's data holds that tooltip: it goes with the tab when tabs move). A tooltip of a tab's
        own is left as it is. The tab widget looks again, once this layout is done, whether the tabs stand
        above or beside (names of another language, another text size)."""
        super().tabLayoutChange()
        owner = self.parentWidget()
        if isinstance(owner, FittingTabs):
            owner.place_tabs_soon()
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
    """A QTabWidget with a FittingTabBar, above the pages or beside them (see the module's text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = FittingTabBar(self)
        self.setTabBar(self._bar)
        self._placing = False
        self._soon = False
        self._chooser: ChoiceBox | None = None
        self.currentChanged.connect(self._chosen_shown)
        self.currentChanged.connect(self.place_tabs_soon)  # another page: another least width

    def place_tabs_soon(self) -> None:
        if not self._soon:
            self._soon = True
            QTimer.singleShot(0, self, self._place_now)

    def _place_now(self) -> None:
        self._soon = False
        self.place_tabs()

    def chooser(self) -> ChoiceBox:
        """The drop-down list of the tabs' names, for the owner to place above the tabs; shown instead of
        the tab bar where neither above nor beside the pages shows the names (see the module's text)."""
        if self._chooser is None:
            self._chooser = ChoiceBox(self.parentWidget())
            self._chooser.setObjectName("tab_chooser")
            self._chooser.hide()
            self._chooser.activated.connect(self.setCurrentIndex)
            self._names_in_chooser()
        return self._chooser

    def choosing(self) -> bool:
        """Whether the chooser stands in for the tab bar."""
        return self._chooser is not None and self.tabBar().isHidden()

    def setTabText(self, index: int, text: str) -> None:
        super().setTabText(index, text)
        self._names_in_chooser()
        self.place_tabs_soon()

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self._names_in_chooser()

    def _names_in_chooser(self) -> None:
        if self._chooser is None:
            return
        names = [whole_name(self.tabText(i)) for i in range(self.count())]
        if [self._chooser.itemText(i) for i in range(self._chooser.count())] != names:
            self._chooser.blockSignals(True)
            self._chooser.clear()
            self._chooser.addItems(names)
            self._chooser.blockSignals(False)
        self._chooser.setAccessibleName(self.accessibleName())
        self._chosen_shown()

    def _chosen_shown(self, *_: object) -> None:
        if self._chooser is not None and self._chooser.currentIndex() != self.currentIndex():
            self._chooser.setCurrentIndex(self.currentIndex())

    def _choose(self, on: bool) -> None:
        """The chooser instead of the tab bar, or the tab bar again."""
        if self._chooser is None or on == self.choosing():
            return
        self._chooser.setAccessibleName(self.accessibleName())
        self._chooser.setVisible(on)
        self.tabBar().setVisible(not on)
        # No Tab stop of the tabs' own while their bar is hidden: Tab from the chooser stopped on it and
        # went nowhere (its focus goes to the hidden bar).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if on else Qt.FocusPolicy.TabFocus)

    def beside(self) -> bool:
        return self.tabPosition() in (QTabWidget.TabPosition.West, QTabWidget.TabPosition.East)

    def place_tabs(self) -> None:
        """Above the pages while the names are whole there or cut little; else beside them, where the list
        takes at most half the width (narrower still, the names are cut less above). Back above
        only when the names would fit above beside the list's room too: the list's own width may have
        widened the page (a page's frame scrolls rather than go below its least), and above they would
        then be cut again, over and over."""
        if self._placing:
            return
        if self._chooser is not None:  # named as the tabs are (in the language shown)
            self._chooser.setAccessibleName(self.accessibleName())
        corner = self.cornerWidget(Qt.Corner.TopRightCorner) or self.cornerWidget(Qt.Corner.TopLeftCorner)
        room = self.width()
        if self.beside() and not self.choosing():
            room -= self._bar.width() + 8
        widest = max((self._bar.whole(i).width() for i in range(self.count())), default=0)
        too_cut = self._bar.too_cut(room)
        want_beside = corner is None and too_cut and widest * 2 <= self.width()
        pages = self._pages_least()
        if self._chooser is not None:
            # The chooser where above the names are cut too far and beside them the pages too narrow.
            choose = too_cut and (not want_beside or self.width() - widest - 8 - self._frame() < pages)
            self._choose(choose)
            want_beside = want_beside and not choose
        if want_beside:
            start = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            position = QTabWidget.TabPosition.East if start else QTabWidget.TabPosition.West
        else:
            position = QTabWidget.TabPosition.North
        if position != self.tabPosition():
            self._placing = True
            try:
                self.setTabPosition(position)
            finally:
                self._placing = False

    def _pages_least(self) -> int:
        """The least width of the pages (of the one shown, where the others' size is ignored)."""
        pages = self.currentWidget()
        stack = pages.parentWidget() if pages is not None else None
        return stack.minimumSizeHint().width() if stack is not None else 0

    def _frame(self) -> int:
        """The width the tab widget's frame takes beside its pages (with the names above them)."""
        pages = self.currentWidget()
        stack = pages.parentWidget() if pages is not None else None
        return max(0, self.width() - stack.width()) if stack is not None and not self.beside() else 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_tabs()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self.place_tabs()
