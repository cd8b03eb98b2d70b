"""Margin bars beside the text: one coloured bar per coded segment, named, overlapping ones side by side."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

BAR = 4
LANE = 18
MAX_LANES = 6


@dataclass
class Bar:
    top: int  # content coordinates (not scrolled)
    bottom: int
    lane: int
    colour: QColor
    name: str


class MarginBars(QWidget):
    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._bars: list[Bar] = []
        self._spans: list[tuple[int, int, QColor, str]] = []  # document positions (UTF-16)
        self._dirty = True
        self.setMinimumWidth(LANE * 3 + 60)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.document().documentLayout().documentSizeChanged.connect(self._invalidate)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(LANE * 3 + 90, 100)

    def set_spans(self, spans: list[tuple[int, int, QColor, str]]) -> None:
        self._spans = spans
        self._invalidate()

    def _invalidate(self, *_: object) -> None:
        self._dirty = True
        self.update()

    def _layout(self) -> None:
        """Place bars once per change (cursorRect is not free with thousands of segments)."""
        self._dirty = False
        offset = self.view.verticalScrollBar().value()
        cursor = QTextCursor(self.view.document())
        placed: list[Bar] = []
        lane_ends: list[int] = []
        for start, end, colour, name in sorted(self._spans, key=lambda x: (x[0], -x[1])):
            cursor.setPosition(start)
            top = self.view.cursorRect(cursor).top() + offset
            cursor.setPosition(end)
            bottom = self.view.cursorRect(cursor).bottom() + offset
            lane = next((i for i, e in enumerate(lane_ends) if e < top), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(bottom)
            else:
                lane_ends[lane] = bottom
            placed.append(Bar(top, bottom, min(lane, MAX_LANES - 1), colour, name))
        self._bars = placed

    @property
    def bars(self) -> list[Bar]:
        if self._dirty:
            self._layout()
        return self._bars

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        offset = self.view.verticalScrollBar().value() - self.view.viewport().y()
        metrics = QFontMetrics(self.font())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        height = self.height()
        label_bottom = -1_000_000  # labels of bars starting on the same line stack, never overlap
        for bar in self.bars:
            top, bottom = bar.top - offset, bar.bottom - offset
            if bottom < 0 or top > height:
                continue
            x = bar.lane * LANE + 2
            if not rtl:  # bars hug the text: at the right edge of a margin left of it, and vice versa
                x = self.width() - x - BAR
            painter.fillRect(QRect(x, top, BAR, max(bottom - top, 4)), bar.colour)
            label_width = self.width() - (bar.lane + 1) * LANE - 4
            if label_width > 20:
                label = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, label_width)
                label_top = max(top, label_bottom)
                label_bottom = label_top + metrics.height()
                rect = QRect(0, label_top, label_width, metrics.height())
                rect.moveLeft(x + LANE - 10 if rtl else x - label_width - 4)
                painter.setPen(bar.colour.darker(160))
                align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
                painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), label)
        painter.end()
