"""The Reports page: retrieval, search, matrix with bar chart, co-occurrence, agreement."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import load_rows
from desktop.ui.operations import read_now
from desktop.ui.page_base import Page
from desktop.ui.reports.agreement_tab import AgreementTab
from desktop.ui.reports.matrix_tab import CooccurrenceTab, MatrixTab
from desktop.ui.reports.retrieval_tab import RetrievalTab
from desktop.ui.reports.search_tab import SearchTab


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.retrieval = RetrievalTab(ctx)
        self.search = SearchTab(ctx)
        self.matrix = MatrixTab(ctx)
        self.cooccurrence = CooccurrenceTab(ctx)
        self.agreement = AgreementTab(ctx)
        self.tabs = QTabWidget()
        for tab in self._all():
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.events.changed.connect(self._on_data_changed)
        self.retranslate()
        self.refresh()

    def _all(self) -> tuple[QWidget, ...]:
        return (self.retrieval, self.search, self.matrix, self.cooccurrence, self.agreement)

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        names = (self.tr("Retrieval"), self.tr("Search"), self.tr("Matrix"), self.tr("Co-occurrence"),
                 self.tr("Agreement"))
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
        self.tabs.setAccessibleName(self.tr("Reports"))
        for tab in self._all():
            tab.retranslate()  # type: ignore[attr-defined]
        self.refresh()

    def refresh(self) -> None:
        rows = read_now(self.ctx, load_rows)
        for tab in self._all():
            tab.reload_codes(rows)  # type: ignore[attr-defined]

    def _on_data_changed(self, tables: object) -> None:
        if isinstance(tables, set) and tables & {"code", "coded_segment"}:
            self.refresh()
