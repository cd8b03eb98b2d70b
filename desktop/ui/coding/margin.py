"""Margin bars beside the text: one coloured bar per coded segment, named, overlapping ones side by side."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

BAR = 4
LANE = 18
MAX_LANES = 6


@dataclass
class Bar:
    top: int  # viewport coordinates
    bottom: int
    lane: int
    colour: QColor
    name: str


class MarginBars(QWidget):
    """Only the bars in view are placed, on every paint: cost follows the screen, not the transcript."""

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._spans: list[tuple[int, int, QColor, str]] = []  # document positions (UTF-16), by start
        self.setMinimumWidth(LANE * 3 + 60)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.document().documentLayout().documentSizeChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(LANE * 3 + 90, 100)

    def set_spans(self, spans: list[tuple[int, int, QColor, str]]) -> None:
        self._spans = sorted(spans, key=lambda x: (x[0], -x[1]))
        self.update()

    def add_span(self, span: tuple[int, int, QColor, str]) -> None:
        bisect.insort(self._spans, span, key=lambda x: (x[0], -x[1]))
        self.update()

    def remove_span(self, span: tuple[int, int, QColor, str]) -> None:
        i = next((i for i, x in enumerate(self._spans) if x is span), None)
        if i is not None:
            del self._spans[i]
            self.update()

    def _visible_range(self) -> tuple[int, int]:
        vp = self.view.viewport()
        top = self.view.cursorForPosition(QPoint(0, 0)).block()
        bottom = self.view.cursorForPosition(QPoint(vp.width() - 1, vp.height() - 1)).block()
        return top.position(), bottom.position() + bottom.length()

    @property
    def bars(self) -> list[Bar]:
        """Bars for the spans in view, in viewport coordinates, overlapping ones in separate lanes."""
        lo, hi = self._visible_range()
        cursor = QTextCursor(self.view.document())
        placed: list[Bar] = []
        lane_ends: list[int] = []
        calls = 0
        for start, end, colour, name in self._spans:
            if start > hi:
                break
            if end < lo:
                continue
            cursor.setPosition(start)
            top = self.view.cursorRect(cursor).top()
            cursor.setPosition(end)
            bottom = self.view.cursorRect(cursor).bottom()
            calls += 2
            lane = next((i for i, e in enumerate(lane_ends) if e < top), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(bottom)
            else:
                lane_ends[lane] = bottom
            placed.append(Bar(top, bottom, min(lane, MAX_LANES - 1), colour, name))
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shift = self.view.viewport().y()
        metrics = QFontMetrics(self.font())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        label_bottom = -1_000_000  # labels of bars starting on the same line stack, never overlap
        calls = 0
        bars = self.bars
        lanes = max((b.lane for b in bars), default=0) + 1
        label_width = self.width() - lanes * LANE - 6  # names sit beyond every bar, never across one
        for bar in bars:
            top, bottom = bar.top + shift, bar.bottom + shift
            x = bar.lane * LANE + 2
            if not rtl:  # bars hug the text: at the right edge of a margin left of it, and vice versa
                x = self.width() - x - BAR
            painter.fillRect(QRect(x, top, BAR, max(bottom - top, 4)), bar.colour)
            calls += 1
            if label_width > 20:
                label = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, label_width)
                label_top = max(top, label_bottom)
                label_bottom = label_top + metrics.height()
                rect = QRect(lanes * LANE + 4 if rtl else 0, label_top, label_width, metrics.height())
                painter.setPen(bar.colour.darker(160))
                align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
                painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), label)
                calls += 2
        painter.end()
