"""The Sessions page's filters (the search, the three lists, the dates and their lines) in a scroll area of
their own, as tall as what they hold, or less where the page must keep rows of its list in sight.

At 20 points on a laptop screen (the page's frame 322 pixels tall) the filters, opened behind their
button (filter_fold.py), took 300 to 500 pixels: the page scrolled and not one session was in sight, so
a person choosing a filter did not see what it left. Now the filters scroll within their own part of the
page (the keyboard moving through them brings each into sight) and the list keeps its rows below them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.widgets.focus_follower import FocusFollower
from desktop.ui.widgets.tab_order import chain


class FilterArea(QScrollArea):
    """Holds widgets and layouts one under the other (``hold``); its height is theirs, or ``limit`` where
    set and smaller (FilterFold sets it where the page is short and the filters are open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the keyboard, not the area
        inner = QWidget()
        self.box = QVBoxLayout(inner)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.setWidget(inner)
        self.limit: int | None = None
        inner.installEventFilter(self)
        # Tab from the Filters button (outside the area) into a field below its fold: in sight.
        FocusFollower(self)

    def hold(self, items: list[QWidget | QLayout]) -> None:
        """Puts ``items`` in, one under the other."""
        for item in items:
            if isinstance(item, QLayout):
                self.box.addLayout(item)
            else:
                self.box.addWidget(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:  # a line shown or hidden
            self.fit()
        return False

    def content_height(self) -> int:
        """The height of what it holds now (hidden parts take none)."""
        inner = self.widget()
        return 0 if inner is None else max(inner.sizeHint().height(), inner.minimumSizeHint().height(), 0)

    def fit(self) -> None:
        need = self.content_height()
        height = need if self.limit is None else max(0, min(need, self.limit))
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if height < need
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def chain(self, *widgets: QWidget) -> None:
        """tab_order.chain, the area standing in the focus chain meanwhile as a widget that could take
        the keyboard. Else Qt took "the Filters button, then the search" as so already (only widgets
        without focus between them, round through the page the fields stand before) and left them,
        and once the page was in the window Tab from the button left the page (Qt 6.11)."""
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        try:
            chain(*widgets)
        finally:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
