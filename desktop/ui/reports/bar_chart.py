"""A horizontal bar chart drawn with QPainter: title, a category axis and a value axis with their
titles and tick labels, and a legend.

QtCharts lives in PySide6-Addons, which the packaged app does not carry (tens of MB for one chart);
this is enough for one code across the values of one attribute. Every number on it goes through the
digit setting, and in a right-to-left interface the whole chart is mirrored (bars grow leftwards,
labels on the right), as a reader of Arabic or Kurdish expects.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import formatting
from desktop.ui.qt_i18n import active_digits, active_language, shown_number

BAR = 20  # bar thickness
GAP = 8  # space between bars
PAD = 8
MAX_IMAGE_WIDTH = 4000  # a saved chart is widened for its bars' names, up to this (a name of a page's length)
TITLE_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


@dataclass
class ChartTexts:
    title: str = ""
    category_axis: str = ""  # what the bars are (an attribute: "Governorate")
    value_axis: str = ""  # what their length is ("Segments")
    legend: str = ""  # the series (a code's name)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top`` (0, 5, 10 ... not 0, 3.4, 6.8)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(int(math.ceil(top / step)) + 1)]


def label_band(bar_top: int, bar_height: int, line_height: int) -> tuple[int, int]:
    """Where a bar's name and value are written: a full line of text centred on the bar. With many
    bars in a short chart a bar is thinner than a line, and text drawn in the bar's own rectangle
    lost its top and bottom (a "0" read as "U", a "3" as half a digit)."""
    height = max(bar_height, line_height)
    return bar_top + (bar_height - height) // 2, height


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float]] = []
        self.texts = ChartTexts()
        self.colour = QColor("#3b6ea8")
        self.percent = False  # values are shares (0..1): ticks and labels as percentages
        # Shown alone while there is nothing to draw: empty axes, a "0 … 1" scale and a swatch with
        # no name looked like a broken chart before the first matrix was built.
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 220)

    def set_bars(self, bars: list[tuple[str, float]], colour: QColor, texts: ChartTexts, *,
                 percent: bool = False) -> None:
        self.bars, self.colour, self.texts, self.percent = bars, colour, texts, percent
        self._keep_room()
        self.updateGeometry()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._keep_room()  # the title may take another number of lines at this width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_room()

    def _keep_room(self) -> None:
        """At least a line of text for each bar: a chart of every governorate squeezed into what the
        matrix above leaves (1366x768) drew their names and values over each other, on screen and in
        the image saved of it. The matrix tab scrolls the chart instead."""
        self.setMinimumHeight(max(220, self.needed_height()))

    def _frame(self, h: int) -> tuple[int, int]:
        """The top and bottom of the plot in a chart ``h`` high (under the title and the legend, over
        the tick labels and the value axis's title)."""
        line = QFontMetrics(self.font()).height()
        top = PAD + self._title_height() + PAD // 2 + line + PAD
        return top, h - PAD - 2 * line - PAD

    def _title_height(self) -> int:
        """The title's lines at the chart's width: one where it fits, more where it does not (a code's
        name in Kurdish at 20 points is wider than the chart, and one line was cut at both ends)."""
        metrics = QFontMetrics(self._title_font())
        if not self.texts.title:
            return metrics.height()
        room = QRect(0, 0, max(1, self.width() - 2 * PAD), 100_000)
        return max(metrics.height(), metrics.boundingRect(room, TITLE_FLAGS, self.texts.title).height())

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else 11)
        return font

    def needed_height(self) -> int:
        """The height at which every bar has a whole line for its name and value, and the category axis's
        title (turned along the bars' names) the plot's whole height: two bars at 20 points left it a plot
        shorter than "نوع الجلسة", cut at both ends."""
        top, bottom = self._frame(0)
        metrics = QFontMetrics(self.font())
        axis_title = metrics.horizontalAdvance(self.texts.category_axis) + PAD if self.texts.category_axis else 0
        return top - bottom + max(GAP + len(self.bars) * metrics.height(), axis_title)

    def plot_height(self) -> int:
        """The plot's height at the chart's height: the length the category axis's title has."""
        top, bottom = self._frame(self.height())
        return bottom - top

    def _rows(self, h: int) -> tuple[int, int, int]:
        """Where the bars go in a chart ``h`` high: the first bar's top, the step from one to the next
        and a bar's thickness."""
        top, bottom = self._frame(h)
        room = bottom - top - GAP
        # A line apart where there is room (the chart keeps it: _keep_room): at 20 points a line is 38
        # pixels or more, and names and counts of bars 28 pixels apart ran into each other.
        widest = self._bar_step()
        step = min(widest, room // max(1, len(self.bars))) if self.bars else widest
        return top + GAP // 2, step, max(4, min(BAR, step - 4))

    def _bar_step(self) -> int:
        """From one bar to the next where the chart is tall enough: a bar and its gap, or a line of text."""
        return max(BAR + GAP, QFontMetrics(self.font()).height())

    def label_bands(self) -> list[tuple[int, int]]:
        """Where each bar's name and value are written (top, height), as drawn at the chart's height."""
        first, step, bar_h = self._rows(self.height())
        line = QFontMetrics(self.font()).height()
        return [label_band(first + i * step, bar_h, line) for i in range(len(self.bars))]

    def labels_width(self, w: int) -> int:
        """The room for the bars' names in a chart ``w`` wide: as wide as the longest (and its margins),
        at most a third of the chart; a longer name is shortened in its middle."""
        widest = max((QFontMetrics(self.font()).horizontalAdvance(t) for t, _ in self.bars), default=0)
        return min(w // 3, widest + 2 * PAD)

    def image(self) -> QImage:
        """The chart as "Chart as image…" saves it: as on screen, or wider where a bar's name is shortened
        on screen (a code's or governorate's name in a brief must be whole), and tall enough for the title's
        lines at that width. Drawn by a copy of the chart, so the one on screen does not move."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(t) for t, _ in self.bars), default=0)
        width = min(MAX_IMAGE_WIDTH, max(self.width(), 3 * (widest + 2 * PAD) + 3))
        if width == self.width():
            return self.grab().toImage()
        copy = BarChart()
        copy.setFont(self.font())
        copy.setPalette(self.palette())
        copy.setLayoutDirection(self.layoutDirection())
        copy.empty_text = self.empty_text
        copy.set_bars(self.bars, self.colour, self.texts, percent=self.percent)
        copy.resize(width, self.height())
        copy.resize(width, max(self.height(), copy.needed_height()))
        try:
            return copy.grab().toImage()
        finally:
            copy.deleteLater()

    def value_text(self, value: float) -> str:
        if self.percent:  # as the matrix cells write them (Babel's percent, the chosen digits and sign)
            return formatting.format_percent(value, active_language(), active_digits())
        return shown_number(round(value, 1) if value != int(value) else int(value))

    def tick_labels(self) -> list[str]:
        return [self.value_text(t) for t in self._ticks()]

    def _ticks(self) -> list[float]:
        top = max((v for _l, v in self.bars), default=0.0)
        if self.percent:
            return [t / 100 for t in nice_ticks(top * 100)]
        return nice_ticks(top)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(520, 4 * line + 6 * PAD + len(self.bars) * self._bar_step() + 40)

    # --- drawing ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        self.draw(painter)
        painter.end()

    def draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            painter.setPen(QPen(self.palette().placeholderText().color()))
            painter.drawText(self.rect().adjusted(PAD, PAD, -PAD, -PAD),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        w, h = self.width(), self.height()
        text_pen = QPen(self.palette().text().color())
        base_font = QFont(self.font())
        metrics = QFontMetrics(base_font)
        line = metrics.height()

        def place(r: QRect) -> QRect:  # QPainter does not mirror: flip x by hand in right-to-left
            if rtl:
                r.moveLeft(w - r.left() - r.width())
            return r

        leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        trailing = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        absolute = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

        # Title, bold, centred on top.
        painter.setFont(self._title_font())
        painter.setPen(text_pen)
        title_h = self._title_height()
        painter.drawText(QRect(PAD, PAD, w - 2 * PAD, title_h), TITLE_FLAGS, self.texts.title)
        painter.setFont(base_font)

        # Legend under the title: a swatch and the series name, shortened in its middle where it is wider
        # than the chart (a long code name at 20 points ran past both edges; the title says it whole).
        legend_y = PAD + title_h + PAD // 2
        legend = metrics.elidedText(self.texts.legend, Qt.TextElideMode.ElideMiddle, max(1, w - 2 * PAD - 20))
        legend_w = metrics.horizontalAdvance(legend) + 14 + 6
        legend_x = (w - legend_w) // 2
        painter.fillRect(place(QRect(legend_x, legend_y + (line - 12) // 2, 14, 12)), self.colour)
        painter.drawText(place(QRect(legend_x + 20, legend_y, legend_w - 20, line)), int(leading | absolute), legend)

        # Plot area: category labels on the leading side, value ticks below, axis titles outside them.
        labels_w = self.labels_width(w)
        axis_title_w = line + PAD
        top, bottom = self._frame(h)  # room below for tick labels and the value-axis title
        left = axis_title_w + labels_w
        right = w - PAD - metrics.horizontalAdvance(self.value_text(max((v for _l, v in self.bars), default=0))) - PAD
        plot_w = max(10, right - left)
        ticks = self._ticks()
        top_value = ticks[-1] or 1.0

        # Grid and tick labels.
        grid = QPen(self.palette().mid().color())
        grid.setStyle(Qt.PenStyle.DotLine)
        for t in ticks:
            x = left + int(plot_w * t / top_value)
            painter.setPen(grid)
            p1 = place(QRect(x, top, 1, bottom - top))
            painter.drawLine(p1.left(), top, p1.left(), bottom)
            painter.setPen(text_pen)
            label = self.value_text(t)
            lw = metrics.horizontalAdvance(label) + 4
            painter.drawText(place(QRect(x - lw // 2, bottom + 2, lw, line)), int(Qt.AlignmentFlag.AlignCenter), label)

        # Axes.
        painter.setPen(text_pen)
        axis = place(QRect(left, top, 1, bottom - top))
        painter.drawLine(axis.left(), top, axis.left(), bottom)
        base = place(QRect(left, bottom, plot_w, 1))
        painter.drawLine(base.left(), bottom, base.right(), bottom)

        # Bars, their category labels and their values.
        first, step, bar_h = self._rows(h)
        for i, (label, value) in enumerate(self.bars):
            y = first + i * step
            length = int(plot_w * value / top_value)
            label_top, height = label_band(y, bar_h, line)
            painter.drawText(place(QRect(axis_title_w, label_top, labels_w - PAD, height)), int(trailing | absolute),
                             metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, labels_w - PAD))
            painter.fillRect(place(QRect(left + 1, y, length, bar_h)), self.colour)
            text = self.value_text(value)
            painter.drawText(place(QRect(left + length + 4, label_top, metrics.horizontalAdvance(text) + 4, height)),
                             int(leading | absolute), text)

        # Axis titles: the value axis under the ticks, the category axis turned along the labels.
        painter.drawText(QRect(left if not rtl else w - right, bottom + line + 2, plot_w, line),
                         int(Qt.AlignmentFlag.AlignCenter), self.texts.value_axis)
        painter.save()
        x = line + PAD // 2 if not rtl else w - line - PAD // 2  # clear of the edge
        painter.translate(x, (top + bottom) // 2)
        painter.rotate(-90 if not rtl else 90)
        painter.drawText(QRect(-(bottom - top) // 2, -line, bottom - top, line + 2), int(Qt.AlignmentFlag.AlignCenter),
                         self.texts.category_axis)
        painter.restore()
