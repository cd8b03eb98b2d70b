"""Co-occurrence tab: how often two codes were given to overlapping words, code by code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.core import analysis
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import Row, flatten
from desktop.ui.models.column_table import Column, ColumnTableModel
from desktop.ui.reports import common
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.wrapped_label import WrappedLabel


class CooccurrenceTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self.run)
        self.model = ColumnTableModel([])
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.table.setModel(self.model)
        # Until it has counted, the empty table says what counting shows (it was a blank white box); then
        # its rows, or the status line's "No two codes overlap…", say it. The table keeps the words' height
        # (the page's frame scrolls): at 20 points on a laptop at 150 % it was a strip that cut them.
        self.counted = False
        self.empty_words = EmptyWords(self.table, lambda: "" if self.counted else self.tr(
            "Count overlapping codes to see how often two codes were given to the same words: each cell is "
            "the number of times the code of its row and the code of its column overlap."), keep_height=True)
        self.status = WrappedLabel()  # on more lines at 20 points: one line made the page scroll sideways
        layout = QVBoxLayout(self)
        layout.addWidget(self.run_btn, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._rows: list[Row] = []
        self.table_data: dict[tuple[str, str], int] = {}
        self.shown = common.ShownRead(ctx, self.status, common.CODING)
        self.shown_reads = (self.shown,)

    def retranslate(self) -> None:
        self.run_btn.setText(self.tr("Count overlapping codes"))
        self.table.setAccessibleName(self.tr("Code co-occurrence"))
        self.model.retranslate()
        if self.table_data:
            self._show(self.table_data)  # the codes' names in the new language (they stayed in the old one)

    def reload_codes(self, data: common.ReportsData) -> None:
        self._rows = flatten(data.codes)

    def run(self) -> None:
        self.shown.run(lambda s: analysis.cooccurrence(s), self._show)

    def _show(self, table: dict[tuple[str, str], int]) -> None:
        self.table_data = table
        self.counted = True
        lang = str(self.ctx.language.language)
        used = [r for r in self._rows if any(r.id in pair for pair in table)]
        columns: list[Column] = [Column(lambda: self.tr("Code"), lambda r: r.name(lang))]
        columns.extend(_pair_column(table, other, lang) for other in used)
        self.model.set_columns(columns)
        self.model.set_rows(used)
        self.table.resizeColumnsToContents()
        if not used:  # an empty table said nothing: had it run at all?
            say(self.status, lambda: self.tr("No two codes overlap in any coded text."))
        self.empty_words.follow()


def _pair_column(table: dict[tuple[str, str], int], other: Row, lang: str) -> Column:
    def count(r: Row) -> object:
        return analysis.pair_count(table, r.id, other.id) if r.id != other.id else "–"

    return Column(lambda: other.name(lang), count, align_number=True)
