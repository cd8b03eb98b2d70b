"""Agreement tab: two coders, percent agreement and kappa per code and overall, and where they differ."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import agreement
from desktop.core.agreement import Disagreement, Report
from desktop.i18n import formatting
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import Row, flatten
from desktop.ui.models.column_table import Column, ColumnTableModel
from desktop.ui.reports import common


class AgreementTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self.run)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._rows: dict[str, Row] = {}
        fmt, name = self._fmt, self._name
        self.per_code = ColumnTableModel([
            Column(lambda: self.tr("Code"), lambda c: name(c.code_id)),
            Column(lambda: self.tr("Both"), lambda c: fmt(c.both, 0), align_number=True),
            Column(lambda: self.tr("Only first coder"), lambda c: fmt(c.only_a, 0), align_number=True),
            Column(lambda: self.tr("Only second coder"), lambda c: fmt(c.only_b, 0), align_number=True),
            # Each cell with its own percent sign, in the chosen digits ("٧٥٫٠٪"): the heading's "%" was a
            # Latin sign over Arabic-Indic numbers.
            Column(lambda: self.tr("Agreement"), lambda c: self._percent(c.percent), align_number=True),
            Column(lambda: self.tr("Kappa"), lambda c: fmt(c.kappa, 2), align_number=True),
        ])
        self.disagreements = ColumnTableModel([
            Column(lambda: self.tr("Code"), lambda d: name(d.code_id)),
            Column(lambda: self.tr("Coded only by"), lambda d: d.coder),
            Column(lambda: self.tr("Text"), lambda d: self._texts.get(id(d), "")),
        ])
        self._texts: dict[int, str] = {}
        self.code_table, self.diff_table = QTableView(), QTableView()
        self.code_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.diff_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.code_table.setModel(self.per_code)
        self.diff_table.setModel(self.disagreements)
        self.diff_table.horizontalHeader().setStretchLastSection(True)
        # Columns as wide as their headings and cells, measured again after a switch of language or font:
        # at Qt's default width "Only second coder", Kurdish "تەنیا کۆدکەری یەکەم/دووەم" and the
        # disagreements' "تەنیا کۆدکراوە لەلایەن" (never measured at all) were cut off. The disagreements'
        # text stretches; Qt measures at most resizeContentsPrecision() rows of a long list.
        self.code_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The last column takes what is left, as in the disagreements below: the headings ended short
        # of the table's edge, an empty band beside them (on the left in Arabic and Kurdish).
        self.code_table.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1):
            self.diff_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        top = QHBoxLayout()
        for w in (self.coder_a, self.coder_b, self.run_btn):
            top.addWidget(w)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.code_table)
        splitter.addWidget(self.diff_table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.report: Report | None = None
        self.shown = common.ShownRead(ctx, self.status, common.SPEECH | common.CODING, self._forget_texts)
        self.shown_reads = (self.shown,)

    def _forget_texts(self) -> None:
        self._texts = {}
        self.disagreements.set_rows(self.disagreements.rows)  # the words go; the rows wait for the new read

    def _fmt(self, value: float | None, decimals: int = 1) -> str:
        return "–" if value is None else self.ctx.language.format_number(value, decimals=decimals)

    def _percent(self, value: float) -> str:
        lang = self.ctx.language
        return formatting.format_percent(value / 100, lang.language, lang.digits, decimals=1)

    def _name(self, code_id: str) -> str:
        row = self._rows.get(code_id)
        return row.name(str(self.ctx.language.language)) if row else code_id

    def retranslate(self) -> None:
        self.run_btn.setText(self.tr("Compare coders"))
        self.coder_a.setAccessibleName(self.tr("First coder"))
        self.coder_b.setAccessibleName(self.tr("Second coder"))
        self.code_table.setAccessibleName(self.tr("Agreement per code"))
        self.diff_table.setAccessibleName(self.tr("Disagreements"))
        self.per_code.retranslate()
        self.disagreements.retranslate()
        self._summarise()

    def reload_codes(self, data: common.ReportsData) -> None:
        self._rows = {r.id: r for r in flatten(data.codes)}
        coders = data.coders
        for i, combo in enumerate((self.coder_a, self.coder_b)):
            current = combo.currentText()
            combo.clear()
            combo.addItems(coders)
            combo.setCurrentIndex(combo.findText(current) if current in coders else min(i, len(coders) - 1))

    def run(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        if not a or not b:
            return
        if a == b:
            # A coder against themselves agrees 100 %, kappa 1: a figure that would be reported as
            # the team's agreement. (With one coder in the database both lists start on them.)
            self.report = None
            self.per_code.set_rows([])
            self.disagreements.set_rows([])
            self.summary.setText(self.tr("Choose two different coders: a coder compared with themselves always "
                                         "agrees."))
            return

        def work(s: object) -> tuple[Report, dict[int, str]]:
            from desktop.core.coding import document_text

            report = agreement.compare(s, a, b)  # type: ignore[arg-type]
            texts: dict[int, str] = {}
            for d in report.disagreements:
                try:
                    texts[id(d)] = document_text(s, *d.doc)[d.start : d.end]  # type: ignore[arg-type]
                except ValueError:
                    texts[id(d)] = ""
            return report, texts

        self.shown.run(work, self._show)

    def _show(self, result: tuple[Report, dict[int, str]]) -> None:
        self.report, self._texts = result
        self.per_code.set_rows(self.report.per_code)
        self.disagreements.set_rows(self.report.disagreements)
        self.code_table.resizeColumnsToContents()
        self._summarise()

    def _summarise(self) -> None:
        r = self.report
        if r is None:
            self.summary.setText(self.tr("Choose two coders who coded the same documents."))
            return
        lang = self.ctx.language
        kappa = "–" if r.kappa is None else lang.format_number(r.kappa, decimals=2)
        # The percentage with its sign in the chosen digits ("٧٥٫٠٪", "75.0%"): a sign written in the
        # sentence would be one script's whatever the digit setting.
        percent = self._percent(r.percent)
        text = self.tr("Documents: %1; coded characters: %2; agreement %3, kappa %4")
        for key, value in (("%1", lang.format_number(len(r.documents))), ("%2", lang.format_number(r.characters)),
                           ("%3", percent), ("%4", kappa)):
            text = text.replace(key, value)
        self.summary.setText(text)

    def disagreement_rows(self) -> list[Disagreement]:
        return list(self.disagreements.rows)
