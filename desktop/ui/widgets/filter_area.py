"""The Sessions page's filters (the search, the three lists, the dates and their lines) in a scroll area of
their own, as tall as what they hold, or less where the page must keep rows of its list in sight.

At 20 points on a laptop screen (the page's frame 322 pixels tall) the filters, opened behind their
button (filter_fold.py), took 300 to 500 pixels: the page scrolled and not one session was in sight, so
a person choosing a filter did not see what it left. Now the filters scroll within their own part of the
page (the keyboard moving through them brings each into sight) and the list keeps its rows below them.

Made shorter than what it holds, the area ends between two lines of fields, never across one: in English
at 20 points it was 62 pixels tall and showed the kinds' list whole and two pixels of the next line (the
search stood out of sight, beside the second list); in Arabic and Kurdish a sliver of a third line showed
below two. The pixels a cut line would have had go to the list below.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.focus_follower import FocusFollower
from desktop.ui.widgets.tab_order import chain

_LINE_SLACK = 8  # the most pixels the area grows by to end at a line's top (_last_line_whole)
FIELDS = (QLabel, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton)  # what a line must not be cut across
Spans = list[tuple[int, int]]  # the top and bottom of each field shown, in the area's widget


def cuts_a_field(spans: Spans, y: int) -> bool:
    """Whether a view's edge at ``y`` would cut a field across."""
    return any(top < y < bottom for top, bottom in spans)


def line_tops(spans: Spans) -> list[int]:
    """The tops of fields that no other field crosses: where a view may start."""
    return [top for top, _bottom in spans if not cuts_a_field(spans, top)]


def line_ends(spans: Spans) -> list[int]:
    """The bottoms of fields that no other field crosses: where a view may end."""
    return [bottom for _top, bottom in spans if not cuts_a_field(spans, bottom)]


class _Inner(QWidget):
    """The area's widget: tells it when its layout has placed its lines (a line shown, hidden or moved)."""

    def __init__(self, placed: Callable[[], None]) -> None:
        super().__init__()
        self.placed = placed

    def event(self, event: QEvent) -> bool:
        done = super().event(event)  # Qt lays the children out before the widget's own event
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.placed()
        return done


class LineFollower(FocusFollower):
    """Brings the field the keyboard reaches into sight, the view then starting at a line's top where one
    holds it: scrolled by the fewest pixels, the view cut the lines above and below (Kurdish at 20 points:
    Tab to the statuses' list left a sliver of the governorates' above it and of the dates' below)."""

    area: FilterArea

    def _bring(self, part: QWidget) -> None:
        super()._bring(part)
        if not shiboken6.isValid(self.area) or not shiboken6.isValid(part) or not part.hasFocus():
            return
        inner = self.area.widget()
        if inner is None or not inner.isAncestorOf(part):
            return
        spans = self.area.field_spans()
        top = part.mapTo(inner, QPoint(0, 0)).y()
        bottom, shown, bar = top + part.height(), self.area.viewport().height(), self.area.verticalScrollBar()
        starts = {0, bar.maximum()} | set(line_tops(spans))
        holding = [s for s in starts if s <= top and bottom <= s + shown and s <= bar.maximum()]
        clean = [s for s in holding if not cuts_a_field(spans, s + shown)]
        if clean or holding:
            bar.setValue(min(clean or holding, key=lambda s: abs(s - bar.value())))


class FilterArea(QScrollArea):
    """Holds widgets and layouts one under the other (``hold``); its height is theirs, or ``limit`` where
    set and smaller (FilterFold sets it where the page is short and the filters are open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the keyboard, not the area
        self._fitting = self._fit_again = False
        self.limit: int | None = None
        inner = _Inner(self.fit)
        self.box = QVBoxLayout(inner)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.setWidget(inner)
        # Tab from the Filters button (outside the area) into a field below its fold: in sight, whole lines.
        LineFollower(self)

    def hold(self, items: list[QWidget | QLayout]) -> None:
        """Puts ``items`` in, one under the other."""
        for item in items:
            if isinstance(item, QLayout):
                self.box.addLayout(item)
            else:
                self.box.addWidget(item)

    def content_height(self) -> int:
        """The height of what it holds now (hidden parts take none)."""
        inner = self.widget()
        return 0 if inner is None else max(inner.sizeHint().height(), inner.minimumSizeHint().height(), 0)

    def field_spans(self) -> Spans:
        """The top and bottom of each field and label shown (not the parts of one: a date's line edit)."""
        inner = self.widget()
        if inner is None:
            return []
        spans = []
        for child in inner.findChildren(QWidget):
            if not isinstance(child, FIELDS) or not child.isVisibleTo(inner):
                continue
            parent = child.parentWidget()
            while parent is not None and parent is not inner and not isinstance(parent, FIELDS):
                parent = parent.parentWidget()
            if parent is inner:
                top = child.mapTo(inner, QPoint(0, 0)).y()
                spans.append((top, top + child.height()))
        return spans

    @staticmethod
    def whole_lines(spans: Spans, height: int) -> int:
        """The greatest height up to ``height`` that ends between two lines of fields (``height`` itself
        where even the first line is taller)."""
        return max((end for end in line_ends(spans) if end <= height), default=height)

    @staticmethod
    def _last_line_whole(spans: Spans, need: int, height: int) -> int:
        """``height``, or a few pixels more where that lets the view, scrolled to its end, start at a line's
        top: lines of unlike heights (a date's box a pixel taller) left the end one or two pixels below a
        line's top, and bringing the last line into sight cut the one above it by as much."""
        starts = [top for top in line_tops(spans) if top <= need - height]
        if starts and need - height - max(starts) <= _LINE_SLACK:
            return need - max(starts)
        return height

    @staticmethod
    def tallest_line(spans: Spans) -> int:
        """The height of the tallest line of fields (fields whose spans overlap make one line)."""
        tallest, line_top, line_bottom = 0, None, 0
        for top, bottom in sorted(spans):
            if line_top is None or top >= line_bottom:  # a new line starts below the last one
                line_top, line_bottom = top, bottom
            else:
                line_bottom = max(line_bottom, bottom)
            tallest = max(tallest, line_bottom - line_top)
        return tallest

    def fit(self) -> None:
        """Its height for what it holds and its limit. Not re-entered: setFixedHeight resizes the area, whose
        inner widget then asks for a fit of its own in the middle of it (between the minimum set and the
        maximum), and the outer call's maximum then undid the inner's: in English at 20 points the area
        was left 54 pixels at least and 4 at most, and the page's layout drew it over the list's header."""
        if self._fitting:
            self._fit_again = True
            return
        self._fitting = True
        try:
            for _ in range(3):  # what one fit changes may change what the area holds: settled in a pass or two
                self._fit_again = False
                self._fit_once()
                if not self._fit_again:
                    break
        finally:
            self._fitting = False

    def _fit_once(self) -> None:
        need = self.content_height()
        height = need if self.limit is None else max(0, min(need, self.limit))
        if height < need:
            # Never shorter than its tallest line, which could else be brought into sight only cut: a date's
            # box is a pixel or more taller than a list's in some styles (Fusion at 20 points: 55 and 54).
            spans = self.field_spans()  # one walk over the fields for the three rules below
            height = max(self.whole_lines(spans, height), self.tallest_line(spans))
            height = self._last_line_whole(spans, need, height)
        if self.height() != height or self.minimumHeight() != height or self.maximumHeight() != height:
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
