"""Matrix tab (code x attribute with totals, shading and percentages, bar chart, drill-down, PNG and
Excel export). The co-occurrence tab is in cooccurrence_tab.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import analysis
from desktop.core.analysis import Matrix
from desktop.core.atomic_file import free_name
from desktop.core.retrieval import Retrieved
from desktop.core.value_order import reader_order
from desktop.exports.xlsx_matrix import MatrixTable, Totals, shade
from desktop.i18n import formatting
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import Row, flatten, swatch
from desktop.ui.models.column_table import Column, ColumnTableModel, RowRole
from desktop.ui.qt_i18n import shown_number
from desktop.ui.reports import common, matrix_workbook
from desktop.ui.reports.bar_chart import BarChart, ChartTexts
from desktop.ui.reports.matrix_images import save_png, table_image
from desktop.ui.reports.retrieval_tab import retrieved_columns
from desktop.ui.widgets import live_status
from desktop.ui.widgets.column_fit import fit_columns_to_texts
from desktop.ui.widgets.done_line import done_line
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.splitter import Splitter
from desktop.ui.widgets.splitter_share import SplitterShares
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.wrapped_label import WrappedLabel
from desktop.ui.widgets.write_failure import write_failure_text

TOTAL = "\x00total"  # the id of the totals row (never a code id)


class MatrixTab(QWidget):
    """Codes down, the values of one attribute across, a totals row and column; cells shaded by value,
    counts or percentages of their column; a bar chart of the chosen row; both exportable."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attribute, self.measure = ChoiceBox(), ChoiceBox()
        self.percent = QCheckBox()
        self.percent.setObjectName("matrix_percent")
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self.run)
        self.measure.currentIndexChanged.connect(lambda *_: self._show(self.matrix))
        self.percent.toggled.connect(lambda *_: self._show(self.matrix))
        self.matrix_png_btn, self.chart_png_btn, self.xlsx_btn = QPushButton(), QPushButton(), QPushButton()
        self.matrix_png_btn.clicked.connect(lambda: self.export_matrix_png())
        self.chart_png_btn.clicked.connect(lambda: self.export_chart_png())
        self.xlsx_btn.clicked.connect(lambda: self.export_xlsx())
        self.model = ColumnTableModel([])
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.table.setObjectName("matrix")
        self.table.setModel(self.model)
        self.table.clicked.connect(self._cell_chosen)
        self.table.activated.connect(self._cell_chosen)
        self.chart = BarChart()
        self.chart.setObjectName("matrix_chart")
        lang = lambda: str(ctx.language.language)  # noqa: E731
        self.drill_model = ColumnTableModel(retrieved_columns(self.tr, lang))
        self.drill = QTableView()
        self.drill.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.drill.setModel(self.drill_model)
        cells_follow_their_text(self.drill)  # people's words in their own direction, as in Retrieval
        self.drill.activated.connect(self._open_segment)  # as in Retrieval: the coding window at that segment
        # An empty white box said nothing of it. Its height kept for its words while empty (the page's frame
        # scrolls): at 20 points on a laptop at 150 % they were cut at the box's edges.
        self.drill_words = EmptyWords(self.drill, lambda: self.tr(
            "Click a cell of the matrix to list its coded segments here."), keep_height=True)
        self.status = done_line(WrappedLabel())  # on more lines at 20 points: one line made the page scroll sideways
        # Both rows go on to more lines where the page is narrower than they are (24 points: "Build
        # matrix" and the Excel export ran past the page's edge, the page scrolling sideways).
        top = FlowRow([self.attribute, self.measure, self.percent, self.run_btn])
        # The exports on a line of their own: beside the choices the row asked for 801 logical pixels
        # in Kurdish, more than a 1366x768 laptop at 150 % gives the page. At the row's end, as before.
        for w in (self.matrix_png_btn, self.chart_png_btn, self.xlsx_btn):
            w.setEnabled(False)
        # They flow: at 20 points on a laptop at 150 % each took a line of its own (180 of 512 pixels).
        exports = QWidget()
        row = QHBoxLayout(exports)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(FlowRow([self.matrix_png_btn, self.chart_png_btn, self.xlsx_btn]))
        lower = Splitter()
        # A chart of many values (every governorate) is taller than the room the matrix leaves it: it
        # scrolls, each bar's name whole, rather than drawing the names over each other.
        self.chart_area = scrolled(self.chart, name="matrix_chart_area", column=True)
        lower.addWidget(self.chart_area)
        lower.addWidget(self.drill)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        # Three to two until the handle is dragged: the chart's part asked for more than its share, and at 20
        # points on a laptop at 150 % the list was left 162 of 680 pixels, a word or two a line.
        self.lower_shares = SplitterShares(lower, [3, 2])
        splitter = Splitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(exports)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.matrix: Matrix | None = None
        self._column_segments: dict[str, int] = {}  # each value's segments, summed over the codes
        self.chart_row: str = TOTAL
        self._rows: dict[str, Row] = {}
        self._attributes: list[tuple[str, str]] = []  # the team's own, read with the page's data
        watched = common.SPEECH | common.CODING
        self.shown = common.ShownRead(ctx, self.status, watched)
        self.drill_shown = common.ShownRead(ctx, self.status, watched, lambda: self.drill_model.set_rows([]))
        self.shown_reads = (self.shown, self.drill_shown)

    def retranslate(self) -> None:
        current = self.attribute.currentData()
        self.attribute.clear()
        for key, name in common.attribute_names().items():
            self.attribute.addItem(name, key)
        for key, label in self._attributes:
            self.attribute.addItem(label, f"attr:{key}")
        self.attribute.setCurrentIndex(max(0, self.attribute.findData(current)))
        m = self.measure.currentIndex()
        self.measure.blockSignals(True)
        self.measure.clear()
        self.measure.addItem(self.tr("Segments"), "segments")
        self.measure.addItem(self.tr("Participants"), "participants")
        self.measure.setCurrentIndex(max(0, m))
        self.measure.blockSignals(False)
        self.percent.setText(self.tr("&Percent of column"))
        self.percent.setToolTip(self.tr("Show each cell as a share of its column's total"))
        self.attribute.setAccessibleName(self.tr("Compare by"))
        self.measure.setAccessibleName(self.tr("Count"))
        self.run_btn.setText(self.tr("Build matrix"))
        self.matrix_png_btn.setText(self.tr("Matrix as &image…"))
        self.chart_png_btn.setText(self.tr("&Chart as image…"))
        self.xlsx_btn.setText(self.tr("Matrix and chart to &Excel…"))
        self.table.setAccessibleName(self.tr("Code by attribute matrix"))
        self.chart.setAccessibleName(self.tr("Bar chart of the selected code"))
        self.chart.empty_text = self.tr("Build the matrix: its chart shows here. Click a row to chart that code.")
        self.chart.update()
        self.drill.setAccessibleName(self.tr("Segments in the selected cell"))
        self.drill_model.retranslate()
        self._show(self.matrix)  # titles, totals label, chart texts and digits in the new language

    def reload_codes(self, data: common.ReportsData) -> None:
        self._rows = {r.id: r for r in flatten(data.codes)}
        if data.attributes != self._attributes:
            self._attributes = data.attributes
            self.retranslate()

    def run(self) -> None:
        attribute = str(self.attribute.currentData() or "governorate")
        self.shown.run(lambda s: analysis.matrix(s, attribute), self._show)

    # --- the numbers ------------------------------------------------------------------------------
    def _people(self) -> bool:
        return bool(self.measure.currentData() == "participants")

    def count(self, code_id: str, value: str) -> int:
        """One cell as counted (segments or distinct participants). The totals row sums the codes'
        segments; its participants are the column's distinct people (one who raised three codes is
        one person, not three)."""
        assert self.matrix is not None
        if code_id == TOTAL:
            if self._people():
                return self.matrix.value_participants.get(value, 0)
            return self._column_segments.get(value, 0)
        cell = self.matrix.cell(code_id, value)
        return cell.participants if self._people() else cell.segments

    def row_total(self, code_id: str) -> int:
        assert self.matrix is not None
        if self._people():
            m = self.matrix
            return m.all_participants if code_id == TOTAL else m.code_participants.get(code_id, 0)
        return sum(self.count(code_id, v) for v in self.matrix.values)

    def _shown(self, code_id: str, value: str) -> str:
        count = self.count(code_id, value)
        if not self.percent.isChecked():
            return shown_number(count)
        column = self.count(TOTAL, value)
        return self._percent(count / column if column else 0.0)

    def _percent(self, share: float) -> str:
        lang = self.ctx.language
        return formatting.format_percent(share, lang.language, lang.digits)

    def _shade(self, code_id: str, value: str) -> QColor | None:
        if code_id == TOTAL:
            return QColor(TOTAL_SHADE)
        return QColor("#" + shade(self.count(code_id, value), self._top))

    def code_name(self, code_id: str) -> str:
        if code_id == TOTAL:
            return self.tr("Total")
        row = self._rows.get(code_id)
        return row.name(str(self.ctx.language.language)) if row else code_id

    def value_name(self, value: str) -> str:
        assert self.matrix is not None
        return common.attribute_value(self.matrix.attribute, value, str(self.ctx.language.language))

    def _show(self, matrix: Matrix | None) -> None:
        self.matrix = matrix
        for w in (self.matrix_png_btn, self.chart_png_btn, self.xlsx_btn):
            w.setEnabled(matrix is not None and bool(matrix.code_ids))
        if matrix is None:
            return
        # In the reader's order, screen, chart and workbook alike (the core's is by key: anbar, babil…).
        matrix.values = reader_order(matrix.attribute, matrix.values, self.value_name, str(self.ctx.language.language))
        # Summed once: every cell of a column in percentages, and the totals row, ask for its total (summed
        # again per cell, a matrix of 280 codes took 0.7 s to show its percentages and 0.9 s to build).
        self._column_segments = {v: sum(matrix.cell(c, v).segments for c in matrix.code_ids) for v in matrix.values}
        self._top = max((self.count(c, v) for c in matrix.code_ids for v in matrix.values), default=0)
        columns = [Column(lambda: self.tr("Code"), self.code_name,
                          background=lambda c: QColor(TOTAL_SHADE) if c == TOTAL else None)]
        columns += [self._value_column(value) for value in matrix.values]
        total = self.tr("Total")
        columns.append(Column(lambda: total, lambda c: self._row_total_text(c), align_number=True,
                              background=lambda _c: QColor(TOTAL_SHADE)))
        self.model.set_columns(columns)
        self.model.set_rows([*matrix.code_ids, TOTAL])
        self._fit_columns()
        if self.chart_row != TOTAL and self.chart_row not in matrix.code_ids:
            self.chart_row = TOTAL
        self._draw_chart()

    def _fit_columns(self) -> None:
        """Each column as wide as its header and its widest text. A small matrix: each cell asked for its
        size. A centre's (280 codes by 16 governorates) took Qt's delegate laying out 5,000 cells, most of
        a second on the UI thread at each build, switch of measure or percentages: there each column is
        measured from its longest texts (by characters) and its first rows, with the table's font."""
        fit_columns_to_texts(self.table, self.model)

    def _row_total_text(self, code_id: str) -> str:
        if not self.percent.isChecked():
            return shown_number(self.row_total(code_id))
        grand = self.row_total(TOTAL)
        return self._percent(self.row_total(code_id) / grand if grand else 0.0)

    def _value_column(self, value: str) -> Column:
        return Column(lambda: self.value_name(value), lambda c: self._shown(c, value), align_number=True,
                      background=lambda c: self._shade(c, value))

    def chart_texts(self) -> ChartTexts:
        assert self.matrix is not None
        measure = self.measure.currentText()
        attribute = self.attribute.itemText(max(0, self.attribute.findData(self.matrix.attribute)))
        code = self.code_name(self.chart_row) if self.chart_row != TOTAL else self.tr("All codes")
        title = self.tr("%1 by %2: %3").replace("%1", measure).replace("%2", attribute).replace("%3", code)
        axis = self.tr("Share of the column") if self.percent.isChecked() else measure
        return ChartTexts(title=title, category_axis=attribute, value_axis=axis, legend=code)

    def _draw_chart(self) -> None:
        assert self.matrix is not None
        percent = self.percent.isChecked()
        bars: list[tuple[str, float]] = []
        for v in self.matrix.values:
            count = self.count(self.chart_row, v)
            column = self.count(TOTAL, v)
            bars.append((self.value_name(v), (count / column if column else 0.0) if percent else float(count)))
        row = self._rows.get(self.chart_row)
        self.chart.set_bars(bars, swatch(row.colour if row else ""), self.chart_texts(), percent=percent)

    def _cell_chosen(self, index: QModelIndex) -> None:
        if self.matrix is None or not index.isValid():
            return
        code_id = self.model.row(index.row())
        self.chart_row = code_id
        self._draw_chart()
        if 1 <= index.column() <= len(self.matrix.values) and code_id != TOTAL:
            value = self.matrix.values[index.column() - 1]
            attribute = self.matrix.attribute
            self.drill_shown.run(lambda s: analysis.drill_down(s, code_id, attribute, value), self.drill_model.set_rows)

    def _open_segment(self, index: QModelIndex) -> None:
        r = index.data(RowRole)
        if isinstance(r, Retrieved):
            self.ctx.events.openCoding.emit(r.session_id, r.segment_id or "")

    # --- exports ----------------------------------------------------------------------------------
    def target(self, suffix: str, kind: str, path: str | Path | None) -> Path | None:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"),
                                                        str(Path.home() / f"matrix{suffix}"), kind)
            if not path:
                return None
        chosen = str(path)
        if chosen.lower().endswith(suffix):
            return Path(chosen)
        # The extension is always there: a file without one opens in nothing on Windows. The dialog
        # asked "replace?" about the name without it, so a file with the full name is never replaced.
        named = Path(chosen + suffix)
        return free_name(named.parent, named.name)

    def export_matrix_png(self, path: str | Path | None = None) -> Path | None:
        """The matrix as it stands on screen (whole table, not only the scrolled part), as a PNG."""
        return self._save_png(lambda: table_image(self.table), path)

    def export_chart_png(self, path: str | Path | None = None) -> Path | None:
        return self._save_png(self.chart.image, path)

    def _save_png(self, image: Callable[[], QImage | QPixmap], path: str | Path | None) -> Path | None:
        """The image written whole (a private temporary file renamed into place), or the tab says why not:
        the reason too (a read-only stick, a full disk, last week's image open in another program).

        Drawn and written here, on the UI thread, in a moment: not under the one-export rule (export_run),
        which keeps a second bar and Cancel from waiting unseen behind a running export. An image has
        neither, waits for nothing, and is saved before anything else happens. Said below the matrix and
        in the status bar (at 20 points the line below the matrix is out of sight), naming the whole path."""
        target = self.target(".png", self.tr("Image (*.png)"), path)
        if target is None or self.matrix is None:
            return None
        try:
            saved = save_png(image(), target)
        except OSError as exc:
            failed = exc  # ``exc`` is gone after the except block; the line is said again later
            self._say(lambda: self.tr("The image could not be saved.") + " " + write_failure_text(failed))
            return None
        if not saved:
            self._say(lambda: self.tr("The image could not be saved."))
            return None
        self._say(lambda: self.tr("Saved %1").replace("%1", shown_path(target)))
        return target

    def _say(self, words: Words) -> None:
        say(self.status, words)
        live_status.show(self.status, words, 10000)

    def table_for_export(self) -> MatrixTable:
        assert self.matrix is not None
        texts = self.chart_texts()
        measure = self.measure.currentText()
        return MatrixTable(
            title=self.tr("%1 by %2").replace("%1", measure).replace("%2", texts.category_axis),
            code_heading=self.tr("Code"), total_heading=self.tr("Total"),
            columns=[self.value_name(v).strip("\u202a\u202c") for v in self.matrix.values],  # no bidi marks in cells
            rows=[(self.code_name(c), [self.count(c, v) for v in self.matrix.values]) for c in self.matrix.code_ids],
            value_axis=measure, percentages=self.percent.isChecked(),
            totals=self._people_totals() if self._people() else None,
            rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            chart_title=self.tr("%1 by %2: %3").replace("%1", measure).replace("%2", texts.category_axis)
            .replace("%3", self.tr("every code")),
            sheet_title=self.tr("Matrix"), chart_sheet_title=self.tr("Chart"),
        )

    def _people_totals(self) -> Totals:
        assert self.matrix is not None
        m = self.matrix
        return Totals(columns=[self.count(TOTAL, v) for v in m.values],
                      rows=[self.row_total(c) for c in m.code_ids], grand=self.row_total(TOTAL))

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        """The matrix and its chart to a workbook, as File → Export's are (matrix_workbook)."""
        return matrix_workbook.export_xlsx(self, path)


TOTAL_SHADE = "#e8e8e8"
