"""Matrix tab (code x attribute, bar chart, drill-down) and co-occurrence tab."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import analysis
from desktop.core.analysis import Matrix
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import Row, flatten, swatch
from desktop.ui.models.column_table import Column, ColumnTableModel
from desktop.ui.reports import common
from desktop.ui.reports.retrieval_tab import retrieved_columns


class BarChart(QWidget):
    """Horizontal bars, one per attribute value, for one code: QtCharts is not in PySide6-Essentials."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.colour = swatch("")
        self.setMinimumHeight(120)

    def set_bars(self, bars: list[tuple[str, int]], colour: str) -> None:
        self.bars, self.colour = bars, swatch(colour)
        self.setMinimumHeight(max(120, 26 * len(bars) + 10))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, max(120, 26 * len(self.bars) + 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        label_w = min(self.width() // 3, max((metrics.horizontalAdvance(t) for t, _ in self.bars), default=0) + 12)
        top_value = max((v for _, v in self.bars), default=0) or 1
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        room = self.width() - label_w - 50
        for i, (label, value) in enumerate(self.bars):
            y = 5 + i * 26
            width = int(room * value / top_value)
            label_rect = QRect(0, y, label_w - 6, 20)
            bar_rect = QRect(label_w, y + 2, width, 16)
            value_rect = QRect(label_w + width + 4, y, 46, 20)
            if rtl:  # mirror by hand: QPainter does not flip coordinates
                for r in (label_rect, bar_rect, value_rect):
                    r.moveLeft(self.width() - r.left() - r.width())
            painter.setPen(self.palette().text().color())
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing), label)
            painter.fillRect(bar_rect, self.colour)
            painter.drawText(value_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading), str(value))
        painter.end()


class MatrixTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attribute, self.measure = QComboBox(), QComboBox()
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self.run)
        self.measure.currentIndexChanged.connect(lambda *_: self._show(self.matrix))
        self.model = ColumnTableModel([])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.clicked.connect(self._cell_chosen)
        self.table.activated.connect(self._cell_chosen)
        self.chart = BarChart()
        lang = lambda: str(ctx.language.language)  # noqa: E731
        self.drill_model = ColumnTableModel(retrieved_columns(self.tr, lang))
        self.drill = QTableView()
        self.drill.setModel(self.drill_model)
        self.status = QLabel()
        top = QHBoxLayout()
        for w in (self.attribute, self.measure, self.run_btn):
            top.addWidget(w)
        top.addStretch(1)
        lower = QSplitter()
        lower.addWidget(self.chart)
        lower.addWidget(self.drill)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.matrix: Matrix | None = None
        self._rows: dict[str, Row] = {}
        self._attributes: list[tuple[str, str]] = []  # the team's own, read with the page's data

    def retranslate(self) -> None:
        current = self.attribute.currentData()
        self.attribute.clear()
        for key, name in common.attribute_names().items():
            self.attribute.addItem(name, key)
        for key, label in self._attributes:
            self.attribute.addItem(label, f"attr:{key}")
        self.attribute.setCurrentIndex(max(0, self.attribute.findData(current)))
        m = self.measure.currentIndex()
        self.measure.clear()
        self.measure.addItem(self.tr("Segments"), "segments")
        self.measure.addItem(self.tr("Participants"), "participants")
        self.measure.setCurrentIndex(max(0, m))
        self.attribute.setAccessibleName(self.tr("Compare by"))
        self.measure.setAccessibleName(self.tr("Count"))
        self.run_btn.setText(self.tr("Build matrix"))
        self.table.setAccessibleName(self.tr("Code by attribute matrix"))
        self.chart.setAccessibleName(self.tr("Bar chart of the selected code"))
        self.drill.setAccessibleName(self.tr("Segments in the selected cell"))
        self.drill_model.retranslate()

    def reload_codes(self, data: common.ReportsData) -> None:
        self._rows = {r.id: r for r in flatten(data.codes)}
        if data.attributes != self._attributes:
            self._attributes = data.attributes
            self.retranslate()

    def run(self) -> None:
        attribute = str(self.attribute.currentData() or "governorate")
        common.run(self.ctx, lambda s: analysis.matrix(s, attribute), self._show, self.status)

    def _count(self, code_id: str, value: str) -> int:
        assert self.matrix is not None
        cell = self.matrix.cell(code_id, value)
        return cell.participants if self.measure.currentData() == "participants" else cell.segments

    def _show(self, matrix: Matrix | None) -> None:
        self.matrix = matrix
        if matrix is None:
            return
        lang = str(self.ctx.language.language)
        columns = [Column(lambda: self.tr("Code"), lambda c: self._rows[c].name(lang) if c in self._rows else c)]
        for value in matrix.values:
            title = common.attribute_value(matrix.attribute, value, lang)
            columns.append(self._value_column(title, value))
        self.model.set_columns(columns)
        self.model.set_rows(matrix.code_ids)
        self.table.resizeColumnsToContents()

    def _value_column(self, title: str, value: str) -> Column:
        return Column(lambda: title, lambda c: self._count(c, value), align_number=True)

    def _cell_chosen(self, index: QModelIndex) -> None:
        if self.matrix is None or not index.isValid():
            return
        code_id = self.model.row(index.row())
        lang = str(self.ctx.language.language)
        row = self._rows.get(code_id)
        self.chart.set_bars([(common.attribute_value(self.matrix.attribute, v, lang), self._count(code_id, v))
                             for v in self.matrix.values], row.colour if row else "")
        if index.column() >= 1:
            value = self.matrix.values[index.column() - 1]
            attribute = self.matrix.attribute
            common.run(self.ctx, lambda s: analysis.drill_down(s, code_id, attribute, value),
                       self.drill_model.set_rows, self.status)


class CooccurrenceTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self.run)
        self.model = ColumnTableModel([])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.run_btn, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._rows: list[Row] = []
        self.table_data: dict[tuple[str, str], int] = {}

    def retranslate(self) -> None:
        self.run_btn.setText(self.tr("Count overlapping codes"))
        self.table.setAccessibleName(self.tr("Code co-occurrence"))
        self.model.retranslate()

    def reload_codes(self, data: common.ReportsData) -> None:
        self._rows = flatten(data.codes)

    def run(self) -> None:
        common.run(self.ctx, lambda s: analysis.cooccurrence(s), self._show, self.status)

    def _show(self, table: dict[tuple[str, str], int]) -> None:
        self.table_data = table
        lang = str(self.ctx.language.language)
        used = [r for r in self._rows if any(r.id in pair for pair in table)]
        columns: list[Column] = [Column(lambda: self.tr("Code"), lambda r: r.name(lang))]
        columns.extend(_pair_column(table, other, lang) for other in used)
        self.model.set_columns(columns)
        self.model.set_rows(used)
        self.table.resizeColumnsToContents()


def _pair_column(table: dict[tuple[str, str], int], other: Row, lang: str) -> Column:
    def count(r: Row) -> object:
        return analysis.pair_count(table, r.id, other.id) if r.id != other.id else "–"

    return Column(lambda: other.name(lang), count, align_number=True)
